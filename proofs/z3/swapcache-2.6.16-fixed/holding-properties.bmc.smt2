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
(declare-fun |page.mapping(shmem)[F1]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F1]@1| () (_ BitVec 8))
(declare-fun |PG_dirty[F1]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
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
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun migrate0.newpage@3 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun migrate0.newpage@2 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun migrate0.newpage@1 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun kswapd0.isolated@1 () (_ BitVec 8))
(declare-fun kswapd0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun swapper_space.i_pages@1 () (_ BitVec 8))
(declare-fun shmem.i_pages@1 () (_ BitVec 8))
(declare-fun |PG_dirty[F0]@1| () (_ BitVec 8))
(declare-fun |PG_swapcache[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(shmem)[F0]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun kswapd0.isolated@2 () (_ BitVec 8))
(declare-fun kswapd0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun kswapd0.isolated@3 () (_ BitVec 8))
(declare-fun kswapd0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun migrate0.mapping_is_swapper@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun kswapd0.isolated@4 () (_ BitVec 8))
(declare-fun kswapd0.pc@4 () (_ BitVec 8))
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
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun kswapd0.isolated@5 () (_ BitVec 8))
(declare-fun kswapd0.pc@5 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@6 () (_ BitVec 8))
(declare-fun kswapd0.pc@6 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@7 () (_ BitVec 8))
(declare-fun kswapd0.pc@7 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@8 () (_ BitVec 8))
(declare-fun kswapd0.pc@8 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@9 () (_ BitVec 8))
(declare-fun kswapd0.pc@9 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@10 () (_ BitVec 8))
(declare-fun kswapd0.pc@10 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@11 () (_ BitVec 8))
(declare-fun kswapd0.pc@11 () (_ BitVec 8))
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
(declare-fun kswapd0.isolated@12 () (_ BitVec 8))
(declare-fun kswapd0.pc@12 () (_ BitVec 8))
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
     (= migrate0.pass@0 #x00)
     (= kswapd0.pc@0 #x00)
     (= kswapd0.isolated@0 #x00)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x06)
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
     (bvule migrate0.pc@0 #x0a)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.newpage@0 #x02)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.mapping_is_swapper@0 #x01)
     (bvule migrate0.pass@0 #x01)
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
      (a!12 (and (= rule@0 #x0d)
                 (= migrate0.pc@0 #x07)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!13 (and (= rule@0 #x0f)
                 (= migrate0.pc@0 #x09)
                 (not (not (= migrate0.ok@0 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!15 (and (= rule@0 #x14)
                 (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!19 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!25 (ite (and (= rule@0 #x12) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x16) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!32 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!37 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!38 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@0 #x12) true)
                 #x00
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!45 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!46 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!51 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!52 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!57 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!58 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!63 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!64 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!71 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |page.mapping(shmem)[F0]@0|
                      |page.mapping(shmem)[F1]@0|)))
      (a!72 (ite (and (= rule@0 #x14) true)
                 #x00
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@0|)
                      |page.mapping(shmem)[F0]@0|)))
      (a!79 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_swapcache[F0]@0|
                      |PG_swapcache[F1]@0|)))
      (a!80 (ite (and (= rule@0 #x14) true)
                 #x01
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_swapcache[F0]@0|)
                      |PG_swapcache[F0]@0|)))
      (a!87 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_dirty[F0]@0|
                      |PG_dirty[F1]@0|)))
      (a!88 (ite (and (= rule@0 #x14) true)
                 #x01
                 (ite (and (= rule@0 #x16) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_dirty[F0]@0|)
                      |PG_dirty[F0]@0|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                 migrate0.newpage@0
                 shmem.i_pages@0))
      (a!98 (ite (and (= rule@0 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                      migrate0.newpage@0
                      swapper_space.i_pages@0)
                 (ite (and (= rule@0 #x14) true) #x00 swapper_space.i_pages@0)))
      (a!100 (ite (and (= rule@0 #x14) true)
                  #x00
                  (ite (and (= rule@0 #x15) true) #x00 |PG_locked[F0]@0|)))
      (a!106 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!108 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!117 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!119 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!121 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!123 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!124 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!125 (ite (and (= rule@0 #x15) true)
                  #x02
                  (ite (and (= rule@0 #x16) true) #x03 kswapd0.pc@0)))
      (a!128 (ite (and (= rule@0 #x12) true)
                  #x01
                  (ite (and (= rule@0 #x16) true) #x00 kswapd0.isolated@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!10 (and (= rule@0 #x09)
                 (= migrate0.pc@0 #x05)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (= |folio.refcount[F0]@0| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (= |folio.refcount[F0]@0| #x02)
                 a!9))
      (a!20 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!18
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!19)))
      (a!23 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!18
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!18
                      |folio.used[F1]@0|)))
      (a!26 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!37
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!38
                      |PG_lru[F1]@0|)))
      (a!47 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!45
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!46)))
      (a!49 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!45
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@0|)))
      (a!53 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!51
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!52)))
      (a!55 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!51
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!51
                      |folio.mapping[F1]@0|)))
      (a!59 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!58)))
      (a!61 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!57
                      |folio.index[F1]@0|)))
      (a!65 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!63
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!64)))
      (a!68 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!63
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!63
                      |folio.data[F1]@0|)))
      (a!73 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@0|)
                      a!72)))
      (a!77 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!71
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@0|)))
      (a!81 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_swapcache[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_swapcache[F0]@0|)
                      a!80)))
      (a!85 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!79
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!79
                      |PG_swapcache[F1]@0|)))
      (a!89 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_dirty[F0]@0|)
                      a!88)))
      (a!93 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!87
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!87
                      |PG_dirty[F1]@0|)))
      (a!96 (ite (and (= rule@0 #x09) true)
                 a!95
                 (ite (and (= rule@0 #x14) true) #x02 shmem.i_pages@0)))
      (a!99 (= swapper_space.i_pages@1
               (ite (and (= rule@0 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@0 #x0d) true)
                  #x00
                  (ite (and (= rule@0 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@0 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@0 #x13) true)
                  #x03
                  (ite (and (= rule@0 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@0 #x00)
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
                a!10
                (and (= rule@0 #x0a) (= migrate0.pc@0 #x05) (not a!11))
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
                     (= kswapd0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= rule@0 #x13) (= kswapd0.pc@0 #x00) a!14)
                a!15
                (and (= rule@0 #x15) (= kswapd0.pc@0 #x01) (not a!16))
                (and (= rule@0 #x16) (= kswapd0.pc@0 #x02))))
      (a!21 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!18
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!37
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!45
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!51
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |folio.data[F0]@0|
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!63
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!68)))
      (a!74 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!71
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!71
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |page.mapping(shmem)[F0]@0|
                      a!77)))
      (a!82 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!79
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!79
                 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                      |PG_swapcache[F0]@0|
                      a!85)))
      (a!90 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!87
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!87
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |PG_dirty[F0]@0|
                      a!93)))
      (a!97 (= shmem.i_pages@1 (ite (and (= rule@0 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@0 #x0c) true)
                  #x00
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@1 (ite (and (= rule@0 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |page.mapping(shmem)[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 |PG_swapcache[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |PG_dirty[F0]@0|
                 (ite (and (= rule@0 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@0 #x05) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@0 #x05) true)
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@0 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@0 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@1| (ite (and (= rule@0 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       a!22
       (= |folio.used[F1]@1| a!24)
       (= |folio.refcount[F0]@1| a!31)
       a!36
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@1| a!48)
       a!50
       (= |folio.mapping[F0]@1| a!54)
       a!56
       (= |folio.index[F0]@1| a!60)
       a!62
       (= |folio.data[F0]@1| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@1| a!76)
       (= |page.mapping(shmem)[F1]@1| a!78)
       (= |PG_swapcache[F0]@1| a!84)
       (= |PG_swapcache[F1]@1| a!86)
       (= |PG_dirty[F0]@1| a!92)
       (= |PG_dirty[F1]@1| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       a!105
       (= |PG_locked[F1]@1| a!107)
       (= migrate0.pc@1 a!116)
       a!118
       (= migrate0.newpage@1 a!120)
       (= migrate0.ok@1 a!122)
       (= migrate0.mapping_is_swapper@1 a!123)
       a!124
       a!127
       (= kswapd0.isolated@1 a!128)
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x06)
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
       (bvule migrate0.pc@1 #x0a)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.newpage@1 #x02)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.mapping_is_swapper@1 #x01)
       (bvule migrate0.pass@1 #x01)
       (bvule kswapd0.pc@1 #x03)
       (bvule kswapd0.isolated@1 #x01))))))))))))
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
      (a!12 (and (= rule@1 #x0d)
                 (= migrate0.pc@1 #x07)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!13 (and (= rule@1 #x0f)
                 (= migrate0.pc@1 #x09)
                 (not (not (= migrate0.ok@1 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!15 (and (= rule@1 #x14)
                 (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!19 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!25 (ite (and (= rule@1 #x12) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x16) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!32 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!37 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!38 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@1 #x12) true)
                 #x00
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!45 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!46 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!51 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!52 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!57 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!58 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!63 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!64 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!71 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |page.mapping(shmem)[F0]@1|
                      |page.mapping(shmem)[F1]@1|)))
      (a!72 (ite (and (= rule@1 #x14) true)
                 #x00
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@1|)
                      |page.mapping(shmem)[F0]@1|)))
      (a!79 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_swapcache[F0]@1|
                      |PG_swapcache[F1]@1|)))
      (a!80 (ite (and (= rule@1 #x14) true)
                 #x01
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_swapcache[F0]@1|)
                      |PG_swapcache[F0]@1|)))
      (a!87 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_dirty[F0]@1|
                      |PG_dirty[F1]@1|)))
      (a!88 (ite (and (= rule@1 #x14) true)
                 #x01
                 (ite (and (= rule@1 #x16) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_dirty[F0]@1|)
                      |PG_dirty[F0]@1|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                 migrate0.newpage@1
                 shmem.i_pages@1))
      (a!98 (ite (and (= rule@1 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                      migrate0.newpage@1
                      swapper_space.i_pages@1)
                 (ite (and (= rule@1 #x14) true) #x00 swapper_space.i_pages@1)))
      (a!100 (ite (and (= rule@1 #x14) true)
                  #x00
                  (ite (and (= rule@1 #x15) true) #x00 |PG_locked[F0]@1|)))
      (a!106 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!108 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!117 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!119 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!121 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!123 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!124 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!125 (ite (and (= rule@1 #x15) true)
                  #x02
                  (ite (and (= rule@1 #x16) true) #x03 kswapd0.pc@1)))
      (a!128 (ite (and (= rule@1 #x12) true)
                  #x01
                  (ite (and (= rule@1 #x16) true) #x00 kswapd0.isolated@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!10 (and (= rule@1 #x09)
                 (= migrate0.pc@1 #x05)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!9))
      (a!20 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!18
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!19)))
      (a!23 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!18
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!18
                      |folio.used[F1]@1|)))
      (a!26 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!37
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!38
                      |PG_lru[F1]@1|)))
      (a!47 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!45
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!46)))
      (a!49 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!45
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@1|)))
      (a!53 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!51
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!52)))
      (a!55 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!51
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!51
                      |folio.mapping[F1]@1|)))
      (a!59 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!58)))
      (a!61 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!57
                      |folio.index[F1]@1|)))
      (a!65 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!63
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!64)))
      (a!68 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!63
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!63
                      |folio.data[F1]@1|)))
      (a!73 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@1|)
                      a!72)))
      (a!77 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!71
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@1|)))
      (a!81 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_swapcache[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_swapcache[F0]@1|)
                      a!80)))
      (a!85 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!79
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!79
                      |PG_swapcache[F1]@1|)))
      (a!89 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_dirty[F0]@1|)
                      a!88)))
      (a!93 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!87
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!87
                      |PG_dirty[F1]@1|)))
      (a!96 (ite (and (= rule@1 #x09) true)
                 a!95
                 (ite (and (= rule@1 #x14) true) #x02 shmem.i_pages@1)))
      (a!99 (= swapper_space.i_pages@2
               (ite (and (= rule@1 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@1 #x0d) true)
                  #x00
                  (ite (and (= rule@1 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@1 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@1 #x13) true)
                  #x03
                  (ite (and (= rule@1 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@1 #x00)
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
                a!10
                (and (= rule@1 #x0a) (= migrate0.pc@1 #x05) (not a!11))
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
                     (= kswapd0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= rule@1 #x13) (= kswapd0.pc@1 #x00) a!14)
                a!15
                (and (= rule@1 #x15) (= kswapd0.pc@1 #x01) (not a!16))
                (and (= rule@1 #x16) (= kswapd0.pc@1 #x02))))
      (a!21 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!18
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!37
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!45
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!51
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |folio.data[F0]@1|
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!63
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!68)))
      (a!74 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!71
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!71
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |page.mapping(shmem)[F0]@1|
                      a!77)))
      (a!82 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!79
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!79
                 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                      |PG_swapcache[F0]@1|
                      a!85)))
      (a!90 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!87
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!87
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |PG_dirty[F0]@1|
                      a!93)))
      (a!97 (= shmem.i_pages@2 (ite (and (= rule@1 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@1 #x0c) true)
                  #x00
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@2 (ite (and (= rule@1 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |page.mapping(shmem)[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 |PG_swapcache[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |PG_dirty[F0]@1|
                 (ite (and (= rule@1 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@1 #x05) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@1 #x05) true)
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@1 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@1 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@2| (ite (and (= rule@1 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       a!22
       (= |folio.used[F1]@2| a!24)
       (= |folio.refcount[F0]@2| a!31)
       a!36
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@2| a!48)
       a!50
       (= |folio.mapping[F0]@2| a!54)
       a!56
       (= |folio.index[F0]@2| a!60)
       a!62
       (= |folio.data[F0]@2| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@2| a!76)
       (= |page.mapping(shmem)[F1]@2| a!78)
       (= |PG_swapcache[F0]@2| a!84)
       (= |PG_swapcache[F1]@2| a!86)
       (= |PG_dirty[F0]@2| a!92)
       (= |PG_dirty[F1]@2| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       a!105
       (= |PG_locked[F1]@2| a!107)
       (= migrate0.pc@2 a!116)
       a!118
       (= migrate0.newpage@2 a!120)
       (= migrate0.ok@2 a!122)
       (= migrate0.mapping_is_swapper@2 a!123)
       a!124
       a!127
       (= kswapd0.isolated@2 a!128)
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x06)
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
       (bvule migrate0.pc@2 #x0a)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.newpage@2 #x02)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.mapping_is_swapper@2 #x01)
       (bvule migrate0.pass@2 #x01)
       (bvule kswapd0.pc@2 #x03)
       (bvule kswapd0.isolated@2 #x01))))))))))))
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
      (a!12 (and (= rule@2 #x0d)
                 (= migrate0.pc@2 #x07)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!13 (and (= rule@2 #x0f)
                 (= migrate0.pc@2 #x09)
                 (not (not (= migrate0.ok@2 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!15 (and (= rule@2 #x14)
                 (= kswapd0.pc@2 #x01)
                 (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!19 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!25 (ite (and (= rule@2 #x12) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x16) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!32 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!37 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!38 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@2 #x12) true)
                 #x00
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!45 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!46 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!51 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!52 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!57 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!58 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!63 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!64 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!71 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |page.mapping(shmem)[F0]@2|
                      |page.mapping(shmem)[F1]@2|)))
      (a!72 (ite (and (= rule@2 #x14) true)
                 #x00
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@2|)
                      |page.mapping(shmem)[F0]@2|)))
      (a!79 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_swapcache[F0]@2|
                      |PG_swapcache[F1]@2|)))
      (a!80 (ite (and (= rule@2 #x14) true)
                 #x01
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_swapcache[F0]@2|)
                      |PG_swapcache[F0]@2|)))
      (a!87 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_dirty[F0]@2|
                      |PG_dirty[F1]@2|)))
      (a!88 (ite (and (= rule@2 #x14) true)
                 #x01
                 (ite (and (= rule@2 #x16) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_dirty[F0]@2|)
                      |PG_dirty[F0]@2|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                 migrate0.newpage@2
                 shmem.i_pages@2))
      (a!98 (ite (and (= rule@2 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                      migrate0.newpage@2
                      swapper_space.i_pages@2)
                 (ite (and (= rule@2 #x14) true) #x00 swapper_space.i_pages@2)))
      (a!100 (ite (and (= rule@2 #x14) true)
                  #x00
                  (ite (and (= rule@2 #x15) true) #x00 |PG_locked[F0]@2|)))
      (a!106 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!108 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!117 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!119 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!121 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!123 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!124 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!125 (ite (and (= rule@2 #x15) true)
                  #x02
                  (ite (and (= rule@2 #x16) true) #x03 kswapd0.pc@2)))
      (a!128 (ite (and (= rule@2 #x12) true)
                  #x01
                  (ite (and (= rule@2 #x16) true) #x00 kswapd0.isolated@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!10 (and (= rule@2 #x09)
                 (= migrate0.pc@2 #x05)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!9))
      (a!20 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!18
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!19)))
      (a!23 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!18
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!18
                      |folio.used[F1]@2|)))
      (a!26 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!37
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!38
                      |PG_lru[F1]@2|)))
      (a!47 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!45
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!46)))
      (a!49 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!45
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@2|)))
      (a!53 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!51
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!52)))
      (a!55 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!51
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!51
                      |folio.mapping[F1]@2|)))
      (a!59 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!58)))
      (a!61 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!57
                      |folio.index[F1]@2|)))
      (a!65 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!63
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!64)))
      (a!68 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!63
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!63
                      |folio.data[F1]@2|)))
      (a!73 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@2|)
                      a!72)))
      (a!77 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!71
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@2|)))
      (a!81 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_swapcache[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_swapcache[F0]@2|)
                      a!80)))
      (a!85 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!79
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!79
                      |PG_swapcache[F1]@2|)))
      (a!89 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_dirty[F0]@2|)
                      a!88)))
      (a!93 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!87
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!87
                      |PG_dirty[F1]@2|)))
      (a!96 (ite (and (= rule@2 #x09) true)
                 a!95
                 (ite (and (= rule@2 #x14) true) #x02 shmem.i_pages@2)))
      (a!99 (= swapper_space.i_pages@3
               (ite (and (= rule@2 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@2 #x0d) true)
                  #x00
                  (ite (and (= rule@2 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@2 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@2 #x13) true)
                  #x03
                  (ite (and (= rule@2 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@2 #x00)
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
                a!10
                (and (= rule@2 #x0a) (= migrate0.pc@2 #x05) (not a!11))
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
                     (= kswapd0.pc@2 #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00))
                     (= |PG_locked[F0]@2| #x00))
                (and (= rule@2 #x13) (= kswapd0.pc@2 #x00) a!14)
                a!15
                (and (= rule@2 #x15) (= kswapd0.pc@2 #x01) (not a!16))
                (and (= rule@2 #x16) (= kswapd0.pc@2 #x02))))
      (a!21 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!18
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!37
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!45
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!51
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |folio.data[F0]@2|
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!63
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!68)))
      (a!74 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!71
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!71
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |page.mapping(shmem)[F0]@2|
                      a!77)))
      (a!82 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!79
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!79
                 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                      |PG_swapcache[F0]@2|
                      a!85)))
      (a!90 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!87
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!87
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |PG_dirty[F0]@2|
                      a!93)))
      (a!97 (= shmem.i_pages@3 (ite (and (= rule@2 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@2 #x0c) true)
                  #x00
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@3 (ite (and (= rule@2 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |page.mapping(shmem)[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 |PG_swapcache[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |PG_dirty[F0]@2|
                 (ite (and (= rule@2 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@2 #x05) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@2 #x05) true)
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@2 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@2 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@3| (ite (and (= rule@2 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       a!22
       (= |folio.used[F1]@3| a!24)
       (= |folio.refcount[F0]@3| a!31)
       a!36
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@3| a!48)
       a!50
       (= |folio.mapping[F0]@3| a!54)
       a!56
       (= |folio.index[F0]@3| a!60)
       a!62
       (= |folio.data[F0]@3| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@3| a!76)
       (= |page.mapping(shmem)[F1]@3| a!78)
       (= |PG_swapcache[F0]@3| a!84)
       (= |PG_swapcache[F1]@3| a!86)
       (= |PG_dirty[F0]@3| a!92)
       (= |PG_dirty[F1]@3| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       a!105
       (= |PG_locked[F1]@3| a!107)
       (= migrate0.pc@3 a!116)
       a!118
       (= migrate0.newpage@3 a!120)
       (= migrate0.ok@3 a!122)
       (= migrate0.mapping_is_swapper@3 a!123)
       a!124
       a!127
       (= kswapd0.isolated@3 a!128)
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x06)
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
       (bvule migrate0.pc@3 #x0a)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.newpage@3 #x02)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.mapping_is_swapper@3 #x01)
       (bvule migrate0.pass@3 #x01)
       (bvule kswapd0.pc@3 #x03)
       (bvule kswapd0.isolated@3 #x01))))))))))))
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
      (a!12 (and (= rule@3 #x0d)
                 (= migrate0.pc@3 #x07)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!13 (and (= rule@3 #x0f)
                 (= migrate0.pc@3 #x09)
                 (not (not (= migrate0.ok@3 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!15 (and (= rule@3 #x14)
                 (= kswapd0.pc@3 #x01)
                 (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!19 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!25 (ite (and (= rule@3 #x12) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x16) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!32 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!37 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!38 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@3 #x12) true)
                 #x00
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!45 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!46 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!51 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!52 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!57 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!58 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!63 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!64 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!71 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |page.mapping(shmem)[F0]@3|
                      |page.mapping(shmem)[F1]@3|)))
      (a!72 (ite (and (= rule@3 #x14) true)
                 #x00
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@3|)
                      |page.mapping(shmem)[F0]@3|)))
      (a!79 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_swapcache[F0]@3|
                      |PG_swapcache[F1]@3|)))
      (a!80 (ite (and (= rule@3 #x14) true)
                 #x01
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_swapcache[F0]@3|)
                      |PG_swapcache[F0]@3|)))
      (a!87 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_dirty[F0]@3|
                      |PG_dirty[F1]@3|)))
      (a!88 (ite (and (= rule@3 #x14) true)
                 #x01
                 (ite (and (= rule@3 #x16) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_dirty[F0]@3|)
                      |PG_dirty[F0]@3|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                 migrate0.newpage@3
                 shmem.i_pages@3))
      (a!98 (ite (and (= rule@3 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                      migrate0.newpage@3
                      swapper_space.i_pages@3)
                 (ite (and (= rule@3 #x14) true) #x00 swapper_space.i_pages@3)))
      (a!100 (ite (and (= rule@3 #x14) true)
                  #x00
                  (ite (and (= rule@3 #x15) true) #x00 |PG_locked[F0]@3|)))
      (a!106 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!108 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!117 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!119 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!121 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!123 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!124 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!125 (ite (and (= rule@3 #x15) true)
                  #x02
                  (ite (and (= rule@3 #x16) true) #x03 kswapd0.pc@3)))
      (a!128 (ite (and (= rule@3 #x12) true)
                  #x01
                  (ite (and (= rule@3 #x16) true) #x00 kswapd0.isolated@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!10 (and (= rule@3 #x09)
                 (= migrate0.pc@3 #x05)
                 (or (not (= |PG_swapcache[F0]@3| #x00))
                     (not (= |page.mapping(shmem)[F0]@3| #x00)))
                 (= |folio.refcount[F0]@3| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@3| #x00))
                     (not (= |page.mapping(shmem)[F0]@3| #x00)))
                 (= |folio.refcount[F0]@3| #x02)
                 a!9))
      (a!20 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!18
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!19)))
      (a!23 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!18
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!18
                      |folio.used[F1]@3|)))
      (a!26 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!37
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!38
                      |PG_lru[F1]@3|)))
      (a!47 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!45
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!46)))
      (a!49 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!45
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@3|)))
      (a!53 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!51
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!52)))
      (a!55 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!51
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!51
                      |folio.mapping[F1]@3|)))
      (a!59 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!58)))
      (a!61 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!57
                      |folio.index[F1]@3|)))
      (a!65 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!63
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!64)))
      (a!68 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!63
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!63
                      |folio.data[F1]@3|)))
      (a!73 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@3|)
                      a!72)))
      (a!77 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!71
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@3|)))
      (a!81 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_swapcache[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_swapcache[F0]@3|)
                      a!80)))
      (a!85 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!79
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!79
                      |PG_swapcache[F1]@3|)))
      (a!89 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_dirty[F0]@3|)
                      a!88)))
      (a!93 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!87
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!87
                      |PG_dirty[F1]@3|)))
      (a!96 (ite (and (= rule@3 #x09) true)
                 a!95
                 (ite (and (= rule@3 #x14) true) #x02 shmem.i_pages@3)))
      (a!99 (= swapper_space.i_pages@4
               (ite (and (= rule@3 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@3 #x0d) true)
                  #x00
                  (ite (and (= rule@3 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@3 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@3 #x13) true)
                  #x03
                  (ite (and (= rule@3 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@3 #x00)
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
                a!10
                (and (= rule@3 #x0a) (= migrate0.pc@3 #x05) (not a!11))
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
                     (= kswapd0.pc@3 #x00)
                     (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00))
                     (= |PG_locked[F0]@3| #x00))
                (and (= rule@3 #x13) (= kswapd0.pc@3 #x00) a!14)
                a!15
                (and (= rule@3 #x15) (= kswapd0.pc@3 #x01) (not a!16))
                (and (= rule@3 #x16) (= kswapd0.pc@3 #x02))))
      (a!21 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!18
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!37
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!45
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!51
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |folio.data[F0]@3|
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!63
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!68)))
      (a!74 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!71
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!71
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |page.mapping(shmem)[F0]@3|
                      a!77)))
      (a!82 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!79
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!79
                 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                      |PG_swapcache[F0]@3|
                      a!85)))
      (a!90 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!87
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!87
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |PG_dirty[F0]@3|
                      a!93)))
      (a!97 (= shmem.i_pages@4 (ite (and (= rule@3 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@3 #x0c) true)
                  #x00
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@4 (ite (and (= rule@3 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |page.mapping(shmem)[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 |PG_swapcache[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |PG_dirty[F0]@3|
                 (ite (and (= rule@3 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@3 #x05) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@3 #x05) true)
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@3 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@3 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@4| (ite (and (= rule@3 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       a!22
       (= |folio.used[F1]@4| a!24)
       (= |folio.refcount[F0]@4| a!31)
       a!36
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@4| a!48)
       a!50
       (= |folio.mapping[F0]@4| a!54)
       a!56
       (= |folio.index[F0]@4| a!60)
       a!62
       (= |folio.data[F0]@4| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@4| a!76)
       (= |page.mapping(shmem)[F1]@4| a!78)
       (= |PG_swapcache[F0]@4| a!84)
       (= |PG_swapcache[F1]@4| a!86)
       (= |PG_dirty[F0]@4| a!92)
       (= |PG_dirty[F1]@4| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       a!105
       (= |PG_locked[F1]@4| a!107)
       (= migrate0.pc@4 a!116)
       a!118
       (= migrate0.newpage@4 a!120)
       (= migrate0.ok@4 a!122)
       (= migrate0.mapping_is_swapper@4 a!123)
       a!124
       a!127
       (= kswapd0.isolated@4 a!128)
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x06)
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
       (bvule migrate0.pc@4 #x0a)
       (bvule migrate0.isolated@4 #x01)
       (bvule migrate0.newpage@4 #x02)
       (bvule migrate0.ok@4 #x01)
       (bvule migrate0.mapping_is_swapper@4 #x01)
       (bvule migrate0.pass@4 #x01)
       (bvule kswapd0.pc@4 #x03)
       (bvule kswapd0.isolated@4 #x01))))))))))))
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
      (a!12 (and (= rule@4 #x0d)
                 (= migrate0.pc@4 #x07)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!13 (and (= rule@4 #x0f)
                 (= migrate0.pc@4 #x09)
                 (not (not (= migrate0.ok@4 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!15 (and (= rule@4 #x14)
                 (= kswapd0.pc@4 #x01)
                 (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!19 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!25 (ite (and (= rule@4 #x12) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x16) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!32 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!37 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!38 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@4 #x12) true)
                 #x00
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!45 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!46 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!51 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!52 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!57 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!58 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!63 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!64 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!71 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |page.mapping(shmem)[F0]@4|
                      |page.mapping(shmem)[F1]@4|)))
      (a!72 (ite (and (= rule@4 #x14) true)
                 #x00
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@4|)
                      |page.mapping(shmem)[F0]@4|)))
      (a!79 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_swapcache[F0]@4|
                      |PG_swapcache[F1]@4|)))
      (a!80 (ite (and (= rule@4 #x14) true)
                 #x01
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_swapcache[F0]@4|)
                      |PG_swapcache[F0]@4|)))
      (a!87 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_dirty[F0]@4|
                      |PG_dirty[F1]@4|)))
      (a!88 (ite (and (= rule@4 #x14) true)
                 #x01
                 (ite (and (= rule@4 #x16) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_dirty[F0]@4|)
                      |PG_dirty[F0]@4|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                 migrate0.newpage@4
                 shmem.i_pages@4))
      (a!98 (ite (and (= rule@4 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                      migrate0.newpage@4
                      swapper_space.i_pages@4)
                 (ite (and (= rule@4 #x14) true) #x00 swapper_space.i_pages@4)))
      (a!100 (ite (and (= rule@4 #x14) true)
                  #x00
                  (ite (and (= rule@4 #x15) true) #x00 |PG_locked[F0]@4|)))
      (a!106 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!108 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!117 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!119 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!121 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!123 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!124 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!125 (ite (and (= rule@4 #x15) true)
                  #x02
                  (ite (and (= rule@4 #x16) true) #x03 kswapd0.pc@4)))
      (a!128 (ite (and (= rule@4 #x12) true)
                  #x01
                  (ite (and (= rule@4 #x16) true) #x00 kswapd0.isolated@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!10 (and (= rule@4 #x09)
                 (= migrate0.pc@4 #x05)
                 (or (not (= |PG_swapcache[F0]@4| #x00))
                     (not (= |page.mapping(shmem)[F0]@4| #x00)))
                 (= |folio.refcount[F0]@4| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@4| #x00))
                     (not (= |page.mapping(shmem)[F0]@4| #x00)))
                 (= |folio.refcount[F0]@4| #x02)
                 a!9))
      (a!20 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!18
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!19)))
      (a!23 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!18
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!18
                      |folio.used[F1]@4|)))
      (a!26 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!37
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!38
                      |PG_lru[F1]@4|)))
      (a!47 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!45
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!46)))
      (a!49 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!45
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@4|)))
      (a!53 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!51
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!52)))
      (a!55 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!51
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!51
                      |folio.mapping[F1]@4|)))
      (a!59 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!58)))
      (a!61 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!57
                      |folio.index[F1]@4|)))
      (a!65 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!63
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!64)))
      (a!68 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!63
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!63
                      |folio.data[F1]@4|)))
      (a!73 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@4|)
                      a!72)))
      (a!77 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!71
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@4|)))
      (a!81 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_swapcache[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_swapcache[F0]@4|)
                      a!80)))
      (a!85 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!79
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!79
                      |PG_swapcache[F1]@4|)))
      (a!89 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_dirty[F0]@4|)
                      a!88)))
      (a!93 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!87
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!87
                      |PG_dirty[F1]@4|)))
      (a!96 (ite (and (= rule@4 #x09) true)
                 a!95
                 (ite (and (= rule@4 #x14) true) #x02 shmem.i_pages@4)))
      (a!99 (= swapper_space.i_pages@5
               (ite (and (= rule@4 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@4 #x0d) true)
                  #x00
                  (ite (and (= rule@4 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@4 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@4 #x13) true)
                  #x03
                  (ite (and (= rule@4 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@4 #x00)
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
                a!10
                (and (= rule@4 #x0a) (= migrate0.pc@4 #x05) (not a!11))
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
                     (= kswapd0.pc@4 #x00)
                     (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00))
                     (= |PG_locked[F0]@4| #x00))
                (and (= rule@4 #x13) (= kswapd0.pc@4 #x00) a!14)
                a!15
                (and (= rule@4 #x15) (= kswapd0.pc@4 #x01) (not a!16))
                (and (= rule@4 #x16) (= kswapd0.pc@4 #x02))))
      (a!21 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!18
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!37
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!45
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!51
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |folio.data[F0]@4|
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!63
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!68)))
      (a!74 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!71
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!71
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |page.mapping(shmem)[F0]@4|
                      a!77)))
      (a!82 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!79
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!79
                 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                      |PG_swapcache[F0]@4|
                      a!85)))
      (a!90 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!87
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!87
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |PG_dirty[F0]@4|
                      a!93)))
      (a!97 (= shmem.i_pages@5 (ite (and (= rule@4 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@4 #x0c) true)
                  #x00
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@5 (ite (and (= rule@4 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |page.mapping(shmem)[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 |PG_swapcache[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |PG_dirty[F0]@4|
                 (ite (and (= rule@4 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@4 #x05) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@4 #x05) true)
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@4 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@4 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@5| (ite (and (= rule@4 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       a!22
       (= |folio.used[F1]@5| a!24)
       (= |folio.refcount[F0]@5| a!31)
       a!36
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@5| a!48)
       a!50
       (= |folio.mapping[F0]@5| a!54)
       a!56
       (= |folio.index[F0]@5| a!60)
       a!62
       (= |folio.data[F0]@5| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@5| a!76)
       (= |page.mapping(shmem)[F1]@5| a!78)
       (= |PG_swapcache[F0]@5| a!84)
       (= |PG_swapcache[F1]@5| a!86)
       (= |PG_dirty[F0]@5| a!92)
       (= |PG_dirty[F1]@5| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       a!105
       (= |PG_locked[F1]@5| a!107)
       (= migrate0.pc@5 a!116)
       a!118
       (= migrate0.newpage@5 a!120)
       (= migrate0.ok@5 a!122)
       (= migrate0.mapping_is_swapper@5 a!123)
       a!124
       a!127
       (= kswapd0.isolated@5 a!128)
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x06)
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
       (bvule migrate0.pc@5 #x0a)
       (bvule migrate0.isolated@5 #x01)
       (bvule migrate0.newpage@5 #x02)
       (bvule migrate0.ok@5 #x01)
       (bvule migrate0.mapping_is_swapper@5 #x01)
       (bvule migrate0.pass@5 #x01)
       (bvule kswapd0.pc@5 #x03)
       (bvule kswapd0.isolated@5 #x01))))))))))))
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
      (a!12 (and (= rule@5 #x0d)
                 (= migrate0.pc@5 #x07)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!13 (and (= rule@5 #x0f)
                 (= migrate0.pc@5 #x09)
                 (not (not (= migrate0.ok@5 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!15 (and (= rule@5 #x14)
                 (= kswapd0.pc@5 #x01)
                 (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!19 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!25 (ite (and (= rule@5 #x12) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x16) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!32 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!37 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!38 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@5 #x12) true)
                 #x00
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!45 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!46 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!51 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!52 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!57 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!58 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!63 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!64 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!71 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |page.mapping(shmem)[F0]@5|
                      |page.mapping(shmem)[F1]@5|)))
      (a!72 (ite (and (= rule@5 #x14) true)
                 #x00
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@5|)
                      |page.mapping(shmem)[F0]@5|)))
      (a!79 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_swapcache[F0]@5|
                      |PG_swapcache[F1]@5|)))
      (a!80 (ite (and (= rule@5 #x14) true)
                 #x01
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_swapcache[F0]@5|)
                      |PG_swapcache[F0]@5|)))
      (a!87 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_dirty[F0]@5|
                      |PG_dirty[F1]@5|)))
      (a!88 (ite (and (= rule@5 #x14) true)
                 #x01
                 (ite (and (= rule@5 #x16) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_dirty[F0]@5|)
                      |PG_dirty[F0]@5|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                 migrate0.newpage@5
                 shmem.i_pages@5))
      (a!98 (ite (and (= rule@5 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                      migrate0.newpage@5
                      swapper_space.i_pages@5)
                 (ite (and (= rule@5 #x14) true) #x00 swapper_space.i_pages@5)))
      (a!100 (ite (and (= rule@5 #x14) true)
                  #x00
                  (ite (and (= rule@5 #x15) true) #x00 |PG_locked[F0]@5|)))
      (a!106 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!108 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!117 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!119 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!121 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!123 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!124 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!125 (ite (and (= rule@5 #x15) true)
                  #x02
                  (ite (and (= rule@5 #x16) true) #x03 kswapd0.pc@5)))
      (a!128 (ite (and (= rule@5 #x12) true)
                  #x01
                  (ite (and (= rule@5 #x16) true) #x00 kswapd0.isolated@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!10 (and (= rule@5 #x09)
                 (= migrate0.pc@5 #x05)
                 (or (not (= |PG_swapcache[F0]@5| #x00))
                     (not (= |page.mapping(shmem)[F0]@5| #x00)))
                 (= |folio.refcount[F0]@5| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@5| #x00))
                     (not (= |page.mapping(shmem)[F0]@5| #x00)))
                 (= |folio.refcount[F0]@5| #x02)
                 a!9))
      (a!20 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!18
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!19)))
      (a!23 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!18
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!18
                      |folio.used[F1]@5|)))
      (a!26 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!37
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!38
                      |PG_lru[F1]@5|)))
      (a!47 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!45
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!46)))
      (a!49 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!45
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@5|)))
      (a!53 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!51
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!52)))
      (a!55 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!51
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!51
                      |folio.mapping[F1]@5|)))
      (a!59 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!58)))
      (a!61 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!57
                      |folio.index[F1]@5|)))
      (a!65 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!63
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!64)))
      (a!68 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!63
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!63
                      |folio.data[F1]@5|)))
      (a!73 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@5|)
                      a!72)))
      (a!77 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!71
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@5|)))
      (a!81 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_swapcache[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_swapcache[F0]@5|)
                      a!80)))
      (a!85 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!79
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!79
                      |PG_swapcache[F1]@5|)))
      (a!89 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_dirty[F0]@5|)
                      a!88)))
      (a!93 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!87
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!87
                      |PG_dirty[F1]@5|)))
      (a!96 (ite (and (= rule@5 #x09) true)
                 a!95
                 (ite (and (= rule@5 #x14) true) #x02 shmem.i_pages@5)))
      (a!99 (= swapper_space.i_pages@6
               (ite (and (= rule@5 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@5 #x0d) true)
                  #x00
                  (ite (and (= rule@5 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@5 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@5 #x13) true)
                  #x03
                  (ite (and (= rule@5 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@5 #x00)
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
                a!10
                (and (= rule@5 #x0a) (= migrate0.pc@5 #x05) (not a!11))
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
                     (= kswapd0.pc@5 #x00)
                     (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00))
                     (= |PG_locked[F0]@5| #x00))
                (and (= rule@5 #x13) (= kswapd0.pc@5 #x00) a!14)
                a!15
                (and (= rule@5 #x15) (= kswapd0.pc@5 #x01) (not a!16))
                (and (= rule@5 #x16) (= kswapd0.pc@5 #x02))))
      (a!21 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!18
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!37
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!45
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!51
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |folio.data[F0]@5|
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!63
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!68)))
      (a!74 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!71
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!71
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |page.mapping(shmem)[F0]@5|
                      a!77)))
      (a!82 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!79
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!79
                 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                      |PG_swapcache[F0]@5|
                      a!85)))
      (a!90 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!87
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!87
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |PG_dirty[F0]@5|
                      a!93)))
      (a!97 (= shmem.i_pages@6 (ite (and (= rule@5 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@5 #x0c) true)
                  #x00
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@6 (ite (and (= rule@5 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |page.mapping(shmem)[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 |PG_swapcache[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |PG_dirty[F0]@5|
                 (ite (and (= rule@5 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@5 #x05) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@5 #x05) true)
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@5 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@5 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@6| (ite (and (= rule@5 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       a!22
       (= |folio.used[F1]@6| a!24)
       (= |folio.refcount[F0]@6| a!31)
       a!36
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@6| a!48)
       a!50
       (= |folio.mapping[F0]@6| a!54)
       a!56
       (= |folio.index[F0]@6| a!60)
       a!62
       (= |folio.data[F0]@6| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@6| a!76)
       (= |page.mapping(shmem)[F1]@6| a!78)
       (= |PG_swapcache[F0]@6| a!84)
       (= |PG_swapcache[F1]@6| a!86)
       (= |PG_dirty[F0]@6| a!92)
       (= |PG_dirty[F1]@6| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       a!105
       (= |PG_locked[F1]@6| a!107)
       (= migrate0.pc@6 a!116)
       a!118
       (= migrate0.newpage@6 a!120)
       (= migrate0.ok@6 a!122)
       (= migrate0.mapping_is_swapper@6 a!123)
       a!124
       a!127
       (= kswapd0.isolated@6 a!128)
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x06)
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
       (bvule migrate0.pc@6 #x0a)
       (bvule migrate0.isolated@6 #x01)
       (bvule migrate0.newpage@6 #x02)
       (bvule migrate0.ok@6 #x01)
       (bvule migrate0.mapping_is_swapper@6 #x01)
       (bvule migrate0.pass@6 #x01)
       (bvule kswapd0.pc@6 #x03)
       (bvule kswapd0.isolated@6 #x01))))))))))))
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
      (a!12 (and (= rule@6 #x0d)
                 (= migrate0.pc@6 #x07)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!13 (and (= rule@6 #x0f)
                 (= migrate0.pc@6 #x09)
                 (not (not (= migrate0.ok@6 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!15 (and (= rule@6 #x14)
                 (= kswapd0.pc@6 #x01)
                 (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!19 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!25 (ite (and (= rule@6 #x12) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x16) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!32 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!37 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!38 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@6 #x12) true)
                 #x00
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!45 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!46 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!51 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!52 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!57 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!58 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!63 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!64 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!71 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |page.mapping(shmem)[F0]@6|
                      |page.mapping(shmem)[F1]@6|)))
      (a!72 (ite (and (= rule@6 #x14) true)
                 #x00
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@6|)
                      |page.mapping(shmem)[F0]@6|)))
      (a!79 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_swapcache[F0]@6|
                      |PG_swapcache[F1]@6|)))
      (a!80 (ite (and (= rule@6 #x14) true)
                 #x01
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_swapcache[F0]@6|)
                      |PG_swapcache[F0]@6|)))
      (a!87 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_dirty[F0]@6|
                      |PG_dirty[F1]@6|)))
      (a!88 (ite (and (= rule@6 #x14) true)
                 #x01
                 (ite (and (= rule@6 #x16) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_dirty[F0]@6|)
                      |PG_dirty[F0]@6|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                 migrate0.newpage@6
                 shmem.i_pages@6))
      (a!98 (ite (and (= rule@6 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                      migrate0.newpage@6
                      swapper_space.i_pages@6)
                 (ite (and (= rule@6 #x14) true) #x00 swapper_space.i_pages@6)))
      (a!100 (ite (and (= rule@6 #x14) true)
                  #x00
                  (ite (and (= rule@6 #x15) true) #x00 |PG_locked[F0]@6|)))
      (a!106 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!108 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!117 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!119 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!121 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!123 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!124 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!125 (ite (and (= rule@6 #x15) true)
                  #x02
                  (ite (and (= rule@6 #x16) true) #x03 kswapd0.pc@6)))
      (a!128 (ite (and (= rule@6 #x12) true)
                  #x01
                  (ite (and (= rule@6 #x16) true) #x00 kswapd0.isolated@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!10 (and (= rule@6 #x09)
                 (= migrate0.pc@6 #x05)
                 (or (not (= |PG_swapcache[F0]@6| #x00))
                     (not (= |page.mapping(shmem)[F0]@6| #x00)))
                 (= |folio.refcount[F0]@6| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@6| #x00))
                     (not (= |page.mapping(shmem)[F0]@6| #x00)))
                 (= |folio.refcount[F0]@6| #x02)
                 a!9))
      (a!20 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!18
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!19)))
      (a!23 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!18
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!18
                      |folio.used[F1]@6|)))
      (a!26 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!37
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!38
                      |PG_lru[F1]@6|)))
      (a!47 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!45
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!46)))
      (a!49 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!45
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@6|)))
      (a!53 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!51
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!52)))
      (a!55 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!51
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!51
                      |folio.mapping[F1]@6|)))
      (a!59 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!58)))
      (a!61 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!57
                      |folio.index[F1]@6|)))
      (a!65 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!63
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!64)))
      (a!68 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!63
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!63
                      |folio.data[F1]@6|)))
      (a!73 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@6|)
                      a!72)))
      (a!77 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!71
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@6|)))
      (a!81 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_swapcache[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_swapcache[F0]@6|)
                      a!80)))
      (a!85 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!79
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!79
                      |PG_swapcache[F1]@6|)))
      (a!89 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_dirty[F0]@6|)
                      a!88)))
      (a!93 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!87
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!87
                      |PG_dirty[F1]@6|)))
      (a!96 (ite (and (= rule@6 #x09) true)
                 a!95
                 (ite (and (= rule@6 #x14) true) #x02 shmem.i_pages@6)))
      (a!99 (= swapper_space.i_pages@7
               (ite (and (= rule@6 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@6 #x0d) true)
                  #x00
                  (ite (and (= rule@6 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@6 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@6 #x13) true)
                  #x03
                  (ite (and (= rule@6 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@6 #x00)
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
                a!10
                (and (= rule@6 #x0a) (= migrate0.pc@6 #x05) (not a!11))
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
                     (= kswapd0.pc@6 #x00)
                     (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00))
                     (= |PG_locked[F0]@6| #x00))
                (and (= rule@6 #x13) (= kswapd0.pc@6 #x00) a!14)
                a!15
                (and (= rule@6 #x15) (= kswapd0.pc@6 #x01) (not a!16))
                (and (= rule@6 #x16) (= kswapd0.pc@6 #x02))))
      (a!21 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!18
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!37
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!45
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!51
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |folio.data[F0]@6|
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!63
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!68)))
      (a!74 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!71
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!71
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |page.mapping(shmem)[F0]@6|
                      a!77)))
      (a!82 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!79
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!79
                 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                      |PG_swapcache[F0]@6|
                      a!85)))
      (a!90 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!87
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!87
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |PG_dirty[F0]@6|
                      a!93)))
      (a!97 (= shmem.i_pages@7 (ite (and (= rule@6 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@6 #x0c) true)
                  #x00
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@7 (ite (and (= rule@6 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |page.mapping(shmem)[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 |PG_swapcache[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |PG_dirty[F0]@6|
                 (ite (and (= rule@6 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@6 #x05) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@6 #x05) true)
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@6 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@6 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@7| (ite (and (= rule@6 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       a!22
       (= |folio.used[F1]@7| a!24)
       (= |folio.refcount[F0]@7| a!31)
       a!36
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@7| a!48)
       a!50
       (= |folio.mapping[F0]@7| a!54)
       a!56
       (= |folio.index[F0]@7| a!60)
       a!62
       (= |folio.data[F0]@7| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@7| a!76)
       (= |page.mapping(shmem)[F1]@7| a!78)
       (= |PG_swapcache[F0]@7| a!84)
       (= |PG_swapcache[F1]@7| a!86)
       (= |PG_dirty[F0]@7| a!92)
       (= |PG_dirty[F1]@7| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       a!105
       (= |PG_locked[F1]@7| a!107)
       (= migrate0.pc@7 a!116)
       a!118
       (= migrate0.newpage@7 a!120)
       (= migrate0.ok@7 a!122)
       (= migrate0.mapping_is_swapper@7 a!123)
       a!124
       a!127
       (= kswapd0.isolated@7 a!128)
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x06)
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
       (bvule migrate0.pc@7 #x0a)
       (bvule migrate0.isolated@7 #x01)
       (bvule migrate0.newpage@7 #x02)
       (bvule migrate0.ok@7 #x01)
       (bvule migrate0.mapping_is_swapper@7 #x01)
       (bvule migrate0.pass@7 #x01)
       (bvule kswapd0.pc@7 #x03)
       (bvule kswapd0.isolated@7 #x01))))))))))))
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
      (a!12 (and (= rule@7 #x0d)
                 (= migrate0.pc@7 #x07)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!13 (and (= rule@7 #x0f)
                 (= migrate0.pc@7 #x09)
                 (not (not (= migrate0.ok@7 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!15 (and (= rule@7 #x14)
                 (= kswapd0.pc@7 #x01)
                 (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!19 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!25 (ite (and (= rule@7 #x12) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x16) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!32 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!37 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!38 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@7 #x12) true)
                 #x00
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!45 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!46 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!51 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!52 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!57 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!58 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!63 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!64 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!71 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |page.mapping(shmem)[F0]@7|
                      |page.mapping(shmem)[F1]@7|)))
      (a!72 (ite (and (= rule@7 #x14) true)
                 #x00
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@7|)
                      |page.mapping(shmem)[F0]@7|)))
      (a!79 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_swapcache[F0]@7|
                      |PG_swapcache[F1]@7|)))
      (a!80 (ite (and (= rule@7 #x14) true)
                 #x01
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_swapcache[F0]@7|)
                      |PG_swapcache[F0]@7|)))
      (a!87 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_dirty[F0]@7|
                      |PG_dirty[F1]@7|)))
      (a!88 (ite (and (= rule@7 #x14) true)
                 #x01
                 (ite (and (= rule@7 #x16) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_dirty[F0]@7|)
                      |PG_dirty[F0]@7|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                 migrate0.newpage@7
                 shmem.i_pages@7))
      (a!98 (ite (and (= rule@7 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                      migrate0.newpage@7
                      swapper_space.i_pages@7)
                 (ite (and (= rule@7 #x14) true) #x00 swapper_space.i_pages@7)))
      (a!100 (ite (and (= rule@7 #x14) true)
                  #x00
                  (ite (and (= rule@7 #x15) true) #x00 |PG_locked[F0]@7|)))
      (a!106 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!108 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!117 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!119 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!121 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!123 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!124 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!125 (ite (and (= rule@7 #x15) true)
                  #x02
                  (ite (and (= rule@7 #x16) true) #x03 kswapd0.pc@7)))
      (a!128 (ite (and (= rule@7 #x12) true)
                  #x01
                  (ite (and (= rule@7 #x16) true) #x00 kswapd0.isolated@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!10 (and (= rule@7 #x09)
                 (= migrate0.pc@7 #x05)
                 (or (not (= |PG_swapcache[F0]@7| #x00))
                     (not (= |page.mapping(shmem)[F0]@7| #x00)))
                 (= |folio.refcount[F0]@7| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@7| #x00))
                     (not (= |page.mapping(shmem)[F0]@7| #x00)))
                 (= |folio.refcount[F0]@7| #x02)
                 a!9))
      (a!20 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!18
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!19)))
      (a!23 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!18
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!18
                      |folio.used[F1]@7|)))
      (a!26 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!37
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!38
                      |PG_lru[F1]@7|)))
      (a!47 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!45
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!46)))
      (a!49 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!45
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@7|)))
      (a!53 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!51
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!52)))
      (a!55 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!51
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!51
                      |folio.mapping[F1]@7|)))
      (a!59 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!58)))
      (a!61 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!57
                      |folio.index[F1]@7|)))
      (a!65 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!63
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!64)))
      (a!68 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!63
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!63
                      |folio.data[F1]@7|)))
      (a!73 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@7|)
                      a!72)))
      (a!77 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!71
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@7|)))
      (a!81 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_swapcache[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_swapcache[F0]@7|)
                      a!80)))
      (a!85 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!79
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!79
                      |PG_swapcache[F1]@7|)))
      (a!89 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_dirty[F0]@7|)
                      a!88)))
      (a!93 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!87
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!87
                      |PG_dirty[F1]@7|)))
      (a!96 (ite (and (= rule@7 #x09) true)
                 a!95
                 (ite (and (= rule@7 #x14) true) #x02 shmem.i_pages@7)))
      (a!99 (= swapper_space.i_pages@8
               (ite (and (= rule@7 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@7 #x0d) true)
                  #x00
                  (ite (and (= rule@7 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@7 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@7 #x13) true)
                  #x03
                  (ite (and (= rule@7 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@7 #x00)
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
                a!10
                (and (= rule@7 #x0a) (= migrate0.pc@7 #x05) (not a!11))
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
                     (= kswapd0.pc@7 #x00)
                     (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00))
                     (= |PG_locked[F0]@7| #x00))
                (and (= rule@7 #x13) (= kswapd0.pc@7 #x00) a!14)
                a!15
                (and (= rule@7 #x15) (= kswapd0.pc@7 #x01) (not a!16))
                (and (= rule@7 #x16) (= kswapd0.pc@7 #x02))))
      (a!21 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!18
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!37
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!45
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!51
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |folio.data[F0]@7|
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!63
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!68)))
      (a!74 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!71
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!71
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |page.mapping(shmem)[F0]@7|
                      a!77)))
      (a!82 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!79
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!79
                 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                      |PG_swapcache[F0]@7|
                      a!85)))
      (a!90 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!87
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!87
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |PG_dirty[F0]@7|
                      a!93)))
      (a!97 (= shmem.i_pages@8 (ite (and (= rule@7 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@7 #x0c) true)
                  #x00
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@8 (ite (and (= rule@7 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |page.mapping(shmem)[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 |PG_swapcache[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |PG_dirty[F0]@7|
                 (ite (and (= rule@7 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@7 #x05) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@7 #x05) true)
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@7 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@7 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@8| (ite (and (= rule@7 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       a!22
       (= |folio.used[F1]@8| a!24)
       (= |folio.refcount[F0]@8| a!31)
       a!36
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@8| a!48)
       a!50
       (= |folio.mapping[F0]@8| a!54)
       a!56
       (= |folio.index[F0]@8| a!60)
       a!62
       (= |folio.data[F0]@8| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@8| a!76)
       (= |page.mapping(shmem)[F1]@8| a!78)
       (= |PG_swapcache[F0]@8| a!84)
       (= |PG_swapcache[F1]@8| a!86)
       (= |PG_dirty[F0]@8| a!92)
       (= |PG_dirty[F1]@8| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       a!105
       (= |PG_locked[F1]@8| a!107)
       (= migrate0.pc@8 a!116)
       a!118
       (= migrate0.newpage@8 a!120)
       (= migrate0.ok@8 a!122)
       (= migrate0.mapping_is_swapper@8 a!123)
       a!124
       a!127
       (= kswapd0.isolated@8 a!128)
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x06)
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
       (bvule migrate0.pc@8 #x0a)
       (bvule migrate0.isolated@8 #x01)
       (bvule migrate0.newpage@8 #x02)
       (bvule migrate0.ok@8 #x01)
       (bvule migrate0.mapping_is_swapper@8 #x01)
       (bvule migrate0.pass@8 #x01)
       (bvule kswapd0.pc@8 #x03)
       (bvule kswapd0.isolated@8 #x01))))))))))))
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
      (a!12 (and (= rule@8 #x0d)
                 (= migrate0.pc@8 #x07)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!13 (and (= rule@8 #x0f)
                 (= migrate0.pc@8 #x09)
                 (not (not (= migrate0.ok@8 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!15 (and (= rule@8 #x14)
                 (= kswapd0.pc@8 #x01)
                 (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!19 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!25 (ite (and (= rule@8 #x12) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x16) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!32 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!37 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!38 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@8 #x12) true)
                 #x00
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!45 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!46 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!51 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!52 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!57 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!58 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!63 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!64 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!71 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |page.mapping(shmem)[F0]@8|
                      |page.mapping(shmem)[F1]@8|)))
      (a!72 (ite (and (= rule@8 #x14) true)
                 #x00
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@8|)
                      |page.mapping(shmem)[F0]@8|)))
      (a!79 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_swapcache[F0]@8|
                      |PG_swapcache[F1]@8|)))
      (a!80 (ite (and (= rule@8 #x14) true)
                 #x01
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_swapcache[F0]@8|)
                      |PG_swapcache[F0]@8|)))
      (a!87 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_dirty[F0]@8|
                      |PG_dirty[F1]@8|)))
      (a!88 (ite (and (= rule@8 #x14) true)
                 #x01
                 (ite (and (= rule@8 #x16) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_dirty[F0]@8|)
                      |PG_dirty[F0]@8|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                 migrate0.newpage@8
                 shmem.i_pages@8))
      (a!98 (ite (and (= rule@8 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                      migrate0.newpage@8
                      swapper_space.i_pages@8)
                 (ite (and (= rule@8 #x14) true) #x00 swapper_space.i_pages@8)))
      (a!100 (ite (and (= rule@8 #x14) true)
                  #x00
                  (ite (and (= rule@8 #x15) true) #x00 |PG_locked[F0]@8|)))
      (a!106 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!108 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!117 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!119 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!121 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!123 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!124 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!125 (ite (and (= rule@8 #x15) true)
                  #x02
                  (ite (and (= rule@8 #x16) true) #x03 kswapd0.pc@8)))
      (a!128 (ite (and (= rule@8 #x12) true)
                  #x01
                  (ite (and (= rule@8 #x16) true) #x00 kswapd0.isolated@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!10 (and (= rule@8 #x09)
                 (= migrate0.pc@8 #x05)
                 (or (not (= |PG_swapcache[F0]@8| #x00))
                     (not (= |page.mapping(shmem)[F0]@8| #x00)))
                 (= |folio.refcount[F0]@8| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@8| #x00))
                     (not (= |page.mapping(shmem)[F0]@8| #x00)))
                 (= |folio.refcount[F0]@8| #x02)
                 a!9))
      (a!20 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!18
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!19)))
      (a!23 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!18
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!18
                      |folio.used[F1]@8|)))
      (a!26 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!37
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!38
                      |PG_lru[F1]@8|)))
      (a!47 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!45
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!46)))
      (a!49 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!45
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@8|)))
      (a!53 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!51
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!52)))
      (a!55 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!51
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!51
                      |folio.mapping[F1]@8|)))
      (a!59 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!58)))
      (a!61 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!57
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!57
                      |folio.index[F1]@8|)))
      (a!65 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!63
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!64)))
      (a!68 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!63
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!63
                      |folio.data[F1]@8|)))
      (a!73 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@8|)
                      a!72)))
      (a!77 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!71
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@8|)))
      (a!81 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_swapcache[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_swapcache[F0]@8|)
                      a!80)))
      (a!85 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!79
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!79
                      |PG_swapcache[F1]@8|)))
      (a!89 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_dirty[F0]@8|)
                      a!88)))
      (a!93 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!87
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!87
                      |PG_dirty[F1]@8|)))
      (a!96 (ite (and (= rule@8 #x09) true)
                 a!95
                 (ite (and (= rule@8 #x14) true) #x02 shmem.i_pages@8)))
      (a!99 (= swapper_space.i_pages@9
               (ite (and (= rule@8 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@8 #x0d) true)
                  #x00
                  (ite (and (= rule@8 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@8 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@8 #x13) true)
                  #x03
                  (ite (and (= rule@8 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@8 #x00)
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
                a!10
                (and (= rule@8 #x0a) (= migrate0.pc@8 #x05) (not a!11))
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
                     (= kswapd0.pc@8 #x00)
                     (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00))
                     (= |PG_locked[F0]@8| #x00))
                (and (= rule@8 #x13) (= kswapd0.pc@8 #x00) a!14)
                a!15
                (and (= rule@8 #x15) (= kswapd0.pc@8 #x01) (not a!16))
                (and (= rule@8 #x16) (= kswapd0.pc@8 #x02))))
      (a!21 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!18
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!37
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!45
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!51
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |folio.data[F0]@8|
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!63
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!68)))
      (a!74 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!71
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!71
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |page.mapping(shmem)[F0]@8|
                      a!77)))
      (a!82 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!79
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!79
                 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                      |PG_swapcache[F0]@8|
                      a!85)))
      (a!90 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!87
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!87
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |PG_dirty[F0]@8|
                      a!93)))
      (a!97 (= shmem.i_pages@9 (ite (and (= rule@8 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@8 #x0c) true)
                  #x00
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@9 (ite (and (= rule@8 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |page.mapping(shmem)[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 |PG_swapcache[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |PG_dirty[F0]@8|
                 (ite (and (= rule@8 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@8 #x05) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@8 #x05) true)
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@8 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@8 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@9| (ite (and (= rule@8 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       a!22
       (= |folio.used[F1]@9| a!24)
       (= |folio.refcount[F0]@9| a!31)
       a!36
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@9| a!48)
       a!50
       (= |folio.mapping[F0]@9| a!54)
       a!56
       (= |folio.index[F0]@9| a!60)
       a!62
       (= |folio.data[F0]@9| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@9| a!76)
       (= |page.mapping(shmem)[F1]@9| a!78)
       (= |PG_swapcache[F0]@9| a!84)
       (= |PG_swapcache[F1]@9| a!86)
       (= |PG_dirty[F0]@9| a!92)
       (= |PG_dirty[F1]@9| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       a!105
       (= |PG_locked[F1]@9| a!107)
       (= migrate0.pc@9 a!116)
       a!118
       (= migrate0.newpage@9 a!120)
       (= migrate0.ok@9 a!122)
       (= migrate0.mapping_is_swapper@9 a!123)
       a!124
       a!127
       (= kswapd0.isolated@9 a!128)
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x06)
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
       (bvule migrate0.pc@9 #x0a)
       (bvule migrate0.isolated@9 #x01)
       (bvule migrate0.newpage@9 #x02)
       (bvule migrate0.ok@9 #x01)
       (bvule migrate0.mapping_is_swapper@9 #x01)
       (bvule migrate0.pass@9 #x01)
       (bvule kswapd0.pc@9 #x03)
       (bvule kswapd0.isolated@9 #x01))))))))))))
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
      (a!12 (and (= rule@9 #x0d)
                 (= migrate0.pc@9 #x07)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!13 (and (= rule@9 #x0f)
                 (= migrate0.pc@9 #x09)
                 (not (not (= migrate0.ok@9 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!15 (and (= rule@9 #x14)
                 (= kswapd0.pc@9 #x01)
                 (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!19 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!25 (ite (and (= rule@9 #x12) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x16) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!32 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!37 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!38 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@9 #x12) true)
                 #x00
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!45 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!46 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!51 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!52 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!57 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!58 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!63 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!64 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!71 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |page.mapping(shmem)[F0]@9|
                      |page.mapping(shmem)[F1]@9|)))
      (a!72 (ite (and (= rule@9 #x14) true)
                 #x00
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@9|)
                      |page.mapping(shmem)[F0]@9|)))
      (a!79 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_swapcache[F0]@9|
                      |PG_swapcache[F1]@9|)))
      (a!80 (ite (and (= rule@9 #x14) true)
                 #x01
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_swapcache[F0]@9|)
                      |PG_swapcache[F0]@9|)))
      (a!87 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_dirty[F0]@9|
                      |PG_dirty[F1]@9|)))
      (a!88 (ite (and (= rule@9 #x14) true)
                 #x01
                 (ite (and (= rule@9 #x16) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_dirty[F0]@9|)
                      |PG_dirty[F0]@9|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                 migrate0.newpage@9
                 shmem.i_pages@9))
      (a!98 (ite (and (= rule@9 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                      migrate0.newpage@9
                      swapper_space.i_pages@9)
                 (ite (and (= rule@9 #x14) true) #x00 swapper_space.i_pages@9)))
      (a!100 (ite (and (= rule@9 #x14) true)
                  #x00
                  (ite (and (= rule@9 #x15) true) #x00 |PG_locked[F0]@9|)))
      (a!106 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!108 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!117 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!119 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!121 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!123 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!124 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!125 (ite (and (= rule@9 #x15) true)
                  #x02
                  (ite (and (= rule@9 #x16) true) #x03 kswapd0.pc@9)))
      (a!128 (ite (and (= rule@9 #x12) true)
                  #x01
                  (ite (and (= rule@9 #x16) true) #x00 kswapd0.isolated@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!10 (and (= rule@9 #x09)
                 (= migrate0.pc@9 #x05)
                 (or (not (= |PG_swapcache[F0]@9| #x00))
                     (not (= |page.mapping(shmem)[F0]@9| #x00)))
                 (= |folio.refcount[F0]@9| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@9| #x00))
                     (not (= |page.mapping(shmem)[F0]@9| #x00)))
                 (= |folio.refcount[F0]@9| #x02)
                 a!9))
      (a!20 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!18
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!19)))
      (a!23 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!18
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!18
                      |folio.used[F1]@9|)))
      (a!26 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!37
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!38
                      |PG_lru[F1]@9|)))
      (a!47 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!45
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!46)))
      (a!49 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!45
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@9|)))
      (a!53 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!51
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!52)))
      (a!55 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!51
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!51
                      |folio.mapping[F1]@9|)))
      (a!59 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!58)))
      (a!61 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!57
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!57
                      |folio.index[F1]@9|)))
      (a!65 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!63
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!64)))
      (a!68 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!63
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!63
                      |folio.data[F1]@9|)))
      (a!73 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@9|)
                      a!72)))
      (a!77 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!71
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@9|)))
      (a!81 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_swapcache[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_swapcache[F0]@9|)
                      a!80)))
      (a!85 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!79
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!79
                      |PG_swapcache[F1]@9|)))
      (a!89 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_dirty[F0]@9|)
                      a!88)))
      (a!93 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!87
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!87
                      |PG_dirty[F1]@9|)))
      (a!96 (ite (and (= rule@9 #x09) true)
                 a!95
                 (ite (and (= rule@9 #x14) true) #x02 shmem.i_pages@9)))
      (a!99 (= swapper_space.i_pages@10
               (ite (and (= rule@9 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@9 #x0d) true)
                  #x00
                  (ite (and (= rule@9 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@9 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@9 #x13) true)
                  #x03
                  (ite (and (= rule@9 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@9 #x00)
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
                a!10
                (and (= rule@9 #x0a) (= migrate0.pc@9 #x05) (not a!11))
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
                     (= kswapd0.pc@9 #x00)
                     (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00))
                     (= |PG_locked[F0]@9| #x00))
                (and (= rule@9 #x13) (= kswapd0.pc@9 #x00) a!14)
                a!15
                (and (= rule@9 #x15) (= kswapd0.pc@9 #x01) (not a!16))
                (and (= rule@9 #x16) (= kswapd0.pc@9 #x02))))
      (a!21 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!18
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!37
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!37 a!43)))
      (a!48 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!45
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!45 a!49)))
      (a!54 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!51
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!51 a!55)))
      (a!60 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!57 a!61)))
      (a!66 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |folio.data[F0]@9|
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!63
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!68)))
      (a!74 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!71
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!71
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |page.mapping(shmem)[F0]@9|
                      a!77)))
      (a!82 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!79
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!79
                 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                      |PG_swapcache[F0]@9|
                      a!85)))
      (a!90 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!87
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!87
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |PG_dirty[F0]@9|
                      a!93)))
      (a!97 (= shmem.i_pages@10 (ite (and (= rule@9 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@9 #x0c) true)
                  #x00
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@10 (ite (and (= rule@9 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |page.mapping(shmem)[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 |PG_swapcache[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |PG_dirty[F0]@9|
                 (ite (and (= rule@9 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@9 #x05) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@9 #x05) true)
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@9 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@9 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@10| (ite (and (= rule@9 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       a!22
       (= |folio.used[F1]@10| a!24)
       (= |folio.refcount[F0]@10| a!31)
       a!36
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@10| a!48)
       a!50
       (= |folio.mapping[F0]@10| a!54)
       a!56
       (= |folio.index[F0]@10| a!60)
       a!62
       (= |folio.data[F0]@10| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@10| a!76)
       (= |page.mapping(shmem)[F1]@10| a!78)
       (= |PG_swapcache[F0]@10| a!84)
       (= |PG_swapcache[F1]@10| a!86)
       (= |PG_dirty[F0]@10| a!92)
       (= |PG_dirty[F1]@10| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       a!105
       (= |PG_locked[F1]@10| a!107)
       (= migrate0.pc@10 a!116)
       a!118
       (= migrate0.newpage@10 a!120)
       (= migrate0.ok@10 a!122)
       (= migrate0.mapping_is_swapper@10 a!123)
       a!124
       a!127
       (= kswapd0.isolated@10 a!128)
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x06)
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
       (bvule migrate0.pc@10 #x0a)
       (bvule migrate0.isolated@10 #x01)
       (bvule migrate0.newpage@10 #x02)
       (bvule migrate0.ok@10 #x01)
       (bvule migrate0.mapping_is_swapper@10 #x01)
       (bvule migrate0.pass@10 #x01)
       (bvule kswapd0.pc@10 #x03)
       (bvule kswapd0.isolated@10 #x01))))))))))))
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
      (a!12 (and (= rule@10 #x0d)
                 (= migrate0.pc@10 #x07)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!13 (and (= rule@10 #x0f)
                 (= migrate0.pc@10 #x09)
                 (not (not (= migrate0.ok@10 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!15 (and (= rule@10 #x14)
                 (= kswapd0.pc@10 #x01)
                 (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!19 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!25 (ite (and (= rule@10 #x12) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x16) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!32 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!37 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!38 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@10 #x12) true)
                 #x00
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!45 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!46 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!51 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!52 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!57 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!58 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!63 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!64 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!71 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |page.mapping(shmem)[F0]@10|
                      |page.mapping(shmem)[F1]@10|)))
      (a!72 (ite (and (= rule@10 #x14) true)
                 #x00
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@10|)
                      |page.mapping(shmem)[F0]@10|)))
      (a!79 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_swapcache[F0]@10|
                      |PG_swapcache[F1]@10|)))
      (a!80 (ite (and (= rule@10 #x14) true)
                 #x01
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_swapcache[F0]@10|)
                      |PG_swapcache[F0]@10|)))
      (a!87 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_dirty[F0]@10|
                      |PG_dirty[F1]@10|)))
      (a!88 (ite (and (= rule@10 #x14) true)
                 #x01
                 (ite (and (= rule@10 #x16) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_dirty[F0]@10|)
                      |PG_dirty[F0]@10|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                 migrate0.newpage@10
                 shmem.i_pages@10))
      (a!98 (ite (and (= rule@10 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                      migrate0.newpage@10
                      swapper_space.i_pages@10)
                 (ite (and (= rule@10 #x14) true) #x00 swapper_space.i_pages@10)))
      (a!100 (ite (and (= rule@10 #x14) true)
                  #x00
                  (ite (and (= rule@10 #x15) true) #x00 |PG_locked[F0]@10|)))
      (a!106 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!108 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!117 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!119 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!121 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!123 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!124 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!125 (ite (and (= rule@10 #x15) true)
                  #x02
                  (ite (and (= rule@10 #x16) true) #x03 kswapd0.pc@10)))
      (a!128 (ite (and (= rule@10 #x12) true)
                  #x01
                  (ite (and (= rule@10 #x16) true) #x00 kswapd0.isolated@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!10 (and (= rule@10 #x09)
                 (= migrate0.pc@10 #x05)
                 (or (not (= |PG_swapcache[F0]@10| #x00))
                     (not (= |page.mapping(shmem)[F0]@10| #x00)))
                 (= |folio.refcount[F0]@10| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@10| #x00))
                     (not (= |page.mapping(shmem)[F0]@10| #x00)))
                 (= |folio.refcount[F0]@10| #x02)
                 a!9))
      (a!20 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!18
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!19)))
      (a!23 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!18
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!18
                      |folio.used[F1]@10|)))
      (a!26 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!37
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!38
                      |PG_lru[F1]@10|)))
      (a!47 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!45
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!46)))
      (a!49 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!45
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@10|)))
      (a!53 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!51
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!52)))
      (a!55 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!51
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!51
                      |folio.mapping[F1]@10|)))
      (a!59 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!58)))
      (a!61 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!57
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!57
                      |folio.index[F1]@10|)))
      (a!65 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!63
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!64)))
      (a!68 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!63
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!63
                      |folio.data[F1]@10|)))
      (a!73 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@10|)
                      a!72)))
      (a!77 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!71
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@10|)))
      (a!81 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_swapcache[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_swapcache[F0]@10|)
                      a!80)))
      (a!85 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!79
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!79
                      |PG_swapcache[F1]@10|)))
      (a!89 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_dirty[F0]@10|)
                      a!88)))
      (a!93 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!87
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!87
                      |PG_dirty[F1]@10|)))
      (a!96 (ite (and (= rule@10 #x09) true)
                 a!95
                 (ite (and (= rule@10 #x14) true) #x02 shmem.i_pages@10)))
      (a!99 (= swapper_space.i_pages@11
               (ite (and (= rule@10 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@10 #x0d) true)
                  #x00
                  (ite (and (= rule@10 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@10 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@10 #x13) true)
                  #x03
                  (ite (and (= rule@10 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@10 #x00)
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
                a!10
                (and (= rule@10 #x0a) (= migrate0.pc@10 #x05) (not a!11))
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
                     (= kswapd0.pc@10 #x00)
                     (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00))
                     (= |PG_locked[F0]@10| #x00))
                (and (= rule@10 #x13) (= kswapd0.pc@10 #x00) a!14)
                a!15
                (and (= rule@10 #x15) (= kswapd0.pc@10 #x01) (not a!16))
                (and (= rule@10 #x16) (= kswapd0.pc@10 #x02))))
      (a!21 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!18
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!37
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!37
                    a!43)))
      (a!48 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!45
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!45
                    a!49)))
      (a!54 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!51
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!51
                    a!55)))
      (a!60 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!57
                    a!61)))
      (a!66 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |folio.data[F0]@10|
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!63
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!68)))
      (a!74 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!71
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!71
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |page.mapping(shmem)[F0]@10|
                      a!77)))
      (a!82 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!79
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!79
                 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                      |PG_swapcache[F0]@10|
                      a!85)))
      (a!90 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!87
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!87
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |PG_dirty[F0]@10|
                      a!93)))
      (a!97 (= shmem.i_pages@11 (ite (and (= rule@10 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@10 #x0c) true)
                  #x00
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@11 (ite (and (= rule@10 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |page.mapping(shmem)[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 |PG_swapcache[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |PG_dirty[F0]@10|
                 (ite (and (= rule@10 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@10 #x05) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@10 #x05) true)
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@10 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@10 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@11| (ite (and (= rule@10 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       a!22
       (= |folio.used[F1]@11| a!24)
       (= |folio.refcount[F0]@11| a!31)
       a!36
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@11| a!48)
       a!50
       (= |folio.mapping[F0]@11| a!54)
       a!56
       (= |folio.index[F0]@11| a!60)
       a!62
       (= |folio.data[F0]@11| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@11| a!76)
       (= |page.mapping(shmem)[F1]@11| a!78)
       (= |PG_swapcache[F0]@11| a!84)
       (= |PG_swapcache[F1]@11| a!86)
       (= |PG_dirty[F0]@11| a!92)
       (= |PG_dirty[F1]@11| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       a!105
       (= |PG_locked[F1]@11| a!107)
       (= migrate0.pc@11 a!116)
       a!118
       (= migrate0.newpage@11 a!120)
       (= migrate0.ok@11 a!122)
       (= migrate0.mapping_is_swapper@11 a!123)
       a!124
       a!127
       (= kswapd0.isolated@11 a!128)
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x06)
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
       (bvule migrate0.pc@11 #x0a)
       (bvule migrate0.isolated@11 #x01)
       (bvule migrate0.newpage@11 #x02)
       (bvule migrate0.ok@11 #x01)
       (bvule migrate0.mapping_is_swapper@11 #x01)
       (bvule migrate0.pass@11 #x01)
       (bvule kswapd0.pc@11 #x03)
       (bvule kswapd0.isolated@11 #x01))))))))))))
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
      (a!12 (and (= rule@11 #x0d)
                 (= migrate0.pc@11 #x07)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!13 (and (= rule@11 #x0f)
                 (= migrate0.pc@11 #x09)
                 (not (not (= migrate0.ok@11 #x00)))))
      (a!14 (not (and (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!15 (and (= rule@11 #x14)
                 (= kswapd0.pc@11 #x01)
                 (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!16 (and (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!18 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!19 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!25 (ite (and (= rule@11 #x12) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x16) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!32 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!37 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!38 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!39 (ite (and (= rule@11 #x12) true)
                 #x00
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!45 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!46 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!51 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!52 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!57 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!58 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!63 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!64 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!71 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |page.mapping(shmem)[F0]@11|
                      |page.mapping(shmem)[F1]@11|)))
      (a!72 (ite (and (= rule@11 #x14) true)
                 #x00
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@11|)
                      |page.mapping(shmem)[F0]@11|)))
      (a!79 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_swapcache[F0]@11|
                      |PG_swapcache[F1]@11|)))
      (a!80 (ite (and (= rule@11 #x14) true)
                 #x01
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_swapcache[F0]@11|)
                      |PG_swapcache[F0]@11|)))
      (a!87 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_dirty[F0]@11|
                      |PG_dirty[F1]@11|)))
      (a!88 (ite (and (= rule@11 #x14) true)
                 #x01
                 (ite (and (= rule@11 #x16) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_dirty[F0]@11|)
                      |PG_dirty[F0]@11|)))
      (a!95 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                 migrate0.newpage@11
                 shmem.i_pages@11))
      (a!98 (ite (and (= rule@11 #x09) true)
                 (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                      migrate0.newpage@11
                      swapper_space.i_pages@11)
                 (ite (and (= rule@11 #x14) true) #x00 swapper_space.i_pages@11)))
      (a!100 (ite (and (= rule@11 #x14) true)
                  #x00
                  (ite (and (= rule@11 #x15) true) #x00 |PG_locked[F0]@11|)))
      (a!106 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!108 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!117 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!119 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!121 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!123 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!124 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!125 (ite (and (= rule@11 #x15) true)
                  #x02
                  (ite (and (= rule@11 #x16) true) #x03 kswapd0.pc@11)))
      (a!128 (ite (and (= rule@11 #x12) true)
                  #x01
                  (ite (and (= rule@11 #x16) true) #x00 kswapd0.isolated@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!10 (and (= rule@11 #x09)
                 (= migrate0.pc@11 #x05)
                 (or (not (= |PG_swapcache[F0]@11| #x00))
                     (not (= |page.mapping(shmem)[F0]@11| #x00)))
                 (= |folio.refcount[F0]@11| #x02)
                 a!9))
      (a!11 (and (or (not (= |PG_swapcache[F0]@11| #x00))
                     (not (= |page.mapping(shmem)[F0]@11| #x00)))
                 (= |folio.refcount[F0]@11| #x02)
                 a!9))
      (a!20 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!18
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!19)))
      (a!23 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!18
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!18
                      |folio.used[F1]@11|)))
      (a!26 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!25)))
      (a!33 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!32))
      (a!40 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      a!39)))
      (a!43 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!37
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!38
                      |PG_lru[F1]@11|)))
      (a!47 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!45
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!46)))
      (a!49 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!45
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!45
                      |PG_anon_exclusive[F1]@11|)))
      (a!53 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!51
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!52)))
      (a!55 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!51
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!51
                      |folio.mapping[F1]@11|)))
      (a!59 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!58)))
      (a!61 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!57
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!57
                      |folio.index[F1]@11|)))
      (a!65 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!63
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!64)))
      (a!68 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!63
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!63
                      |folio.data[F1]@11|)))
      (a!73 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |page.mapping(shmem)[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |page.mapping(shmem)[F0]@11|)
                      a!72)))
      (a!77 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!71
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!71
                      |page.mapping(shmem)[F1]@11|)))
      (a!81 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_swapcache[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_swapcache[F0]@11|)
                      a!80)))
      (a!85 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!79
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!79
                      |PG_swapcache[F1]@11|)))
      (a!89 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_dirty[F0]@11|)
                      a!88)))
      (a!93 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!87
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!87
                      |PG_dirty[F1]@11|)))
      (a!96 (ite (and (= rule@11 #x09) true)
                 a!95
                 (ite (and (= rule@11 #x14) true) #x02 shmem.i_pages@11)))
      (a!99 (= swapper_space.i_pages@12
               (ite (and (= rule@11 #x05) true) #x00 a!98)))
      (a!101 (ite (and (= rule@11 #x0d) true)
                  #x00
                  (ite (and (= rule@11 #x12) true) #x02 a!100)))
      (a!107 (ite (and (= rule@11 #x03) (= a!3 #x01))
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                       #x00
                       a!106)))
      (a!109 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!108)))
      (a!118 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!117)))
      (a!120 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!119)))
      (a!122 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!121)))
      (a!126 (ite (and (= rule@11 #x13) true)
                  #x03
                  (ite (and (= rule@11 #x14) true) #x02 a!125))))
(let ((a!17 (or (and (= rule@11 #x00)
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
                a!10
                (and (= rule@11 #x0a) (= migrate0.pc@11 #x05) (not a!11))
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
                     (= kswapd0.pc@11 #x00)
                     (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00))
                     (= |PG_locked[F0]@11| #x00))
                (and (= rule@11 #x13) (= kswapd0.pc@11 #x00) a!14)
                a!15
                (and (= rule@11 #x15) (= kswapd0.pc@11 #x01) (not a!16))
                (and (= rule@11 #x16) (= kswapd0.pc@11 #x02))))
      (a!21 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!18
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!18
                      a!20)))
      (a!24 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!18
                      a!23)))
      (a!27 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!26))
      (a!34 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!33))
      (a!41 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!37
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!38
                      a!40)))
      (a!44 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!37
                    a!43)))
      (a!48 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!45
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!45
                      a!47)))
      (a!50 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!45
                    a!49)))
      (a!54 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!51
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!51
                      a!53)))
      (a!56 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!51
                    a!55)))
      (a!60 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!57
                      a!59)))
      (a!62 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!57
                    a!61)))
      (a!66 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |folio.data[F0]@11|
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!63
                      a!65)))
      (a!69 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!63
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!68)))
      (a!74 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!71
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!71
                      a!73)))
      (a!78 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!71
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |page.mapping(shmem)[F0]@11|
                      a!77)))
      (a!82 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!79
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!79
                      a!81)))
      (a!86 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!79
                 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                      |PG_swapcache[F0]@11|
                      a!85)))
      (a!90 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!87
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!87
                      a!89)))
      (a!94 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!87
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |PG_dirty[F0]@11|
                      a!93)))
      (a!97 (= shmem.i_pages@12 (ite (and (= rule@11 #x05) true) #x02 a!96)))
      (a!102 (ite (and (= rule@11 #x0c) true)
                  #x00
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                       #x00
                       a!101)))
      (a!110 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!109)))
      (a!127 (= kswapd0.pc@12 (ite (and (= rule@11 #x12) true) #x01 a!126))))
(let ((a!22 (= |folio.used[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!21)))
      (a!28 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!27))
      (a!35 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!34))
      (a!42 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!37
                      a!41)))
      (a!67 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!63
                      a!66)))
      (a!70 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!69)))
      (a!75 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |page.mapping(shmem)[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!74)))
      (a!83 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 |PG_swapcache[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!82)))
      (a!91 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |PG_dirty[F0]@11|
                 (ite (and (= rule@11 #x0b) true) #x00 a!90)))
      (a!103 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                       #x00
                       a!102)))
      (a!111 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!110))))
(let ((a!29 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!28)))
      (a!36 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!35)))
      (a!76 (ite (and (= rule@11 #x05) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!71
                      a!75)))
      (a!84 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!79
                      a!83)))
      (a!92 (ite (and (= rule@11 #x05) true)
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!87
                      a!91)))
      (a!104 (ite (and (= rule@11 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@11 #x05) true) #x00 a!103)))
      (a!112 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!111))))
(let ((a!30 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!29))
      (a!105 (= |PG_locked[F0]@12| (ite (and (= rule@11 #x02) true) #x01 a!104)))
      (a!113 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!112))))
(let ((a!31 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!30)))
      (a!114 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!113))))
(let ((a!115 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!114))))
(let ((a!116 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!115))))
  (and a!17
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       a!22
       (= |folio.used[F1]@12| a!24)
       (= |folio.refcount[F0]@12| a!31)
       a!36
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!42)
       a!44
       (= |PG_anon_exclusive[F0]@12| a!48)
       a!50
       (= |folio.mapping[F0]@12| a!54)
       a!56
       (= |folio.index[F0]@12| a!60)
       a!62
       (= |folio.data[F0]@12| a!67)
       a!70
       (= |page.mapping(shmem)[F0]@12| a!76)
       (= |page.mapping(shmem)[F1]@12| a!78)
       (= |PG_swapcache[F0]@12| a!84)
       (= |PG_swapcache[F1]@12| a!86)
       (= |PG_dirty[F0]@12| a!92)
       (= |PG_dirty[F1]@12| a!94)
       a!97
       a!99
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       a!105
       (= |PG_locked[F1]@12| a!107)
       (= migrate0.pc@12 a!116)
       a!118
       (= migrate0.newpage@12 a!120)
       (= migrate0.ok@12 a!122)
       (= migrate0.mapping_is_swapper@12 a!123)
       a!124
       a!127
       (= kswapd0.isolated@12 a!128)
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x06)
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
       (bvule migrate0.pc@12 #x0a)
       (bvule migrate0.isolated@12 #x01)
       (bvule migrate0.newpage@12 #x02)
       (bvule migrate0.ok@12 #x01)
       (bvule migrate0.mapping_is_swapper@12 #x01)
       (bvule migrate0.pass@12 #x01)
       (bvule kswapd0.pc@12 #x03)
       (bvule kswapd0.isolated@12 #x01))))))))))))
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
      (a!8 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!10 (= |folio.mapcount[F0]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                    #x01
                    #x00)))
      (a!11 (= (bvadd migrate0.isolated@0
                      (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                      kswapd0.isolated@0)
               #x00))
      (a!12 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x00))))
      (a!13 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!15 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!16 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!19 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!21 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!23 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!25 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!28 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!29 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!30 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!32 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (= |PG_swapcache[F0]@0| #x00))))
      (a!33 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (= |PG_dirty[F0]@0| #x00))))
      (a!34 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!35 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!36 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!37 (and (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!38 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!41 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!42 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.mapping[F0]@1|
                         |folio.mapping[F1]@1|)
                    #x01)))
      (a!45 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!48 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!50 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!51 (= (bvadd migrate0.isolated@1
                      (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                      kswapd0.isolated@1)
               #x00))
      (a!52 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!53 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!55 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!56 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!59 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!61 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!63 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!65 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!68 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!69 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!70 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!72 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!73 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))))
      (a!74 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!75 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!76 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!77 (and (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!78 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!81 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!82 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.mapping[F0]@2|
                         |folio.mapping[F1]@2|)
                    #x01)))
      (a!85 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!88 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!90 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!91 (= (bvadd migrate0.isolated@2
                      (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                      kswapd0.isolated@2)
               #x00))
      (a!92 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!93 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!95 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!96 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!99 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!101 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!103 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                       (not (= |folio.used[F0]@2| #x00)))))
      (a!105 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!108 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!109 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!110 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!112 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (= |PG_swapcache[F0]@2| #x00))))
      (a!113 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (= |PG_dirty[F0]@2| #x00))))
      (a!114 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!115 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!116 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00))
                       (= |PG_locked[F0]@2| #x00))))
      (a!117 (and (= kswapd0.pc@2 #x01)
                  (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!118 (and (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!121 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!122 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.mapping[F0]@3|
                          |folio.mapping[F1]@3|)
                     #x01)))
      (a!125 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!128 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!130 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!131 (= (bvadd migrate0.isolated@3
                       (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                       kswapd0.isolated@3)
                #x00))
      (a!132 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!133 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!135 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!136 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!139 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!141 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!143 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!145 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!148 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!149 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!150 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!152 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!153 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))))
      (a!154 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!155 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!156 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00))
                       (= |PG_locked[F0]@3| #x00))))
      (a!157 (and (= kswapd0.pc@3 #x01)
                  (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!158 (and (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!161 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!162 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.mapping[F0]@4|
                          |folio.mapping[F1]@4|)
                     #x01)))
      (a!165 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!168 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!170 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!171 (= (bvadd migrate0.isolated@4
                       (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                       kswapd0.isolated@4)
                #x00))
      (a!172 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!173 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!175 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!176 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!179 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!181 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!183 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!185 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!188 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!189 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!190 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!192 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!193 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))))
      (a!194 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!195 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!196 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00))
                       (= |PG_locked[F0]@4| #x00))))
      (a!197 (and (= kswapd0.pc@4 #x01)
                  (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!198 (and (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!201 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!202 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.mapping[F0]@5|
                          |folio.mapping[F1]@5|)
                     #x01)))
      (a!205 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!208 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!210 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!211 (= (bvadd migrate0.isolated@5
                       (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                       kswapd0.isolated@5)
                #x00))
      (a!212 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!213 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!215 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!216 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!219 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!221 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!223 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!225 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!228 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!229 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!230 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!232 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!233 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))))
      (a!234 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!235 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!236 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00))
                       (= |PG_locked[F0]@5| #x00))))
      (a!237 (and (= kswapd0.pc@5 #x01)
                  (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!238 (and (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!241 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!242 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.mapping[F0]@6|
                          |folio.mapping[F1]@6|)
                     #x01)))
      (a!245 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!248 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!250 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!251 (= (bvadd migrate0.isolated@6
                       (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                       kswapd0.isolated@6)
                #x00))
      (a!252 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!253 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!255 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!256 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!259 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!261 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!263 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!265 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!268 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!269 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!270 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!272 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!273 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))))
      (a!274 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!275 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!276 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00))
                       (= |PG_locked[F0]@6| #x00))))
      (a!277 (and (= kswapd0.pc@6 #x01)
                  (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!278 (and (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!281 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!282 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.mapping[F0]@7|
                          |folio.mapping[F1]@7|)
                     #x01)))
      (a!285 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!288 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!290 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!291 (= (bvadd migrate0.isolated@7
                       (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                       kswapd0.isolated@7)
                #x00))
      (a!292 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!293 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!295 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!296 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!299 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!301 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!303 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!305 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!308 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!309 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!310 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!312 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!313 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))))
      (a!314 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!315 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!316 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00))
                       (= |PG_locked[F0]@7| #x00))))
      (a!317 (and (= kswapd0.pc@7 #x01)
                  (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!318 (and (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!321 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!322 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.mapping[F0]@8|
                          |folio.mapping[F1]@8|)
                     #x01)))
      (a!325 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!328 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!330 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!331 (= (bvadd migrate0.isolated@8
                       (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                       kswapd0.isolated@8)
                #x00))
      (a!332 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!333 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!335 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!336 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!339 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!341 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!343 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!345 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!348 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!349 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!350 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!352 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!353 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))))
      (a!354 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!355 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!356 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00))
                       (= |PG_locked[F0]@8| #x00))))
      (a!357 (and (= kswapd0.pc@8 #x01)
                  (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!358 (and (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!361 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!362 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.mapping[F0]@9|
                          |folio.mapping[F1]@9|)
                     #x01)))
      (a!365 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!368 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!370 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!371 (= (bvadd migrate0.isolated@9
                       (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                       kswapd0.isolated@9)
                #x00))
      (a!372 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!373 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!375 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!376 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!379 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!381 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!383 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!385 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!388 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!389 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!390 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!392 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!393 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))))
      (a!394 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!395 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!396 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00))
                       (= |PG_locked[F0]@9| #x00))))
      (a!397 (and (= kswapd0.pc@9 #x01)
                  (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!398 (and (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!401 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!402 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.mapping[F0]@10|
                          |folio.mapping[F1]@10|)
                     #x01)))
      (a!405 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!408 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!410 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!411 (= (bvadd migrate0.isolated@10
                       (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                       kswapd0.isolated@10)
                #x00))
      (a!412 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!413 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!415 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!416 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!419 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!421 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!423 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!425 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!428 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!429 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!430 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!432 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!433 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))))
      (a!434 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!435 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!436 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00))
                       (= |PG_locked[F0]@10| #x00))))
      (a!437 (and (= kswapd0.pc@10 #x01)
                  (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!438 (and (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!441 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!442 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.mapping[F0]@11|
                          |folio.mapping[F1]@11|)
                     #x01)))
      (a!445 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!448 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!450 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!451 (= (bvadd migrate0.isolated@11
                       (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                       kswapd0.isolated@11)
                #x00))
      (a!452 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!453 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!455 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!456 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!459 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!461 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!463 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!465 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!468 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!469 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!470 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!472 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!473 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))))
      (a!474 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!475 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!476 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00))
                       (= |PG_locked[F0]@11| #x00))))
      (a!477 (and (= kswapd0.pc@11 #x01)
                  (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!478 (and (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!481 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!482 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.mapping[F0]@12|
                          |folio.mapping[F1]@12|)
                     #x01)))
      (a!485 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!488 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!490 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!491 (= (bvadd migrate0.isolated@12
                       (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                       kswapd0.isolated@12)
                #x00))
      (a!492 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!493 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!495 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!496 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!499 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!501 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!503 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!505 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!508 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!509 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!510 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!512 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!513 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))))
      (a!514 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!515 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!516 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00))
                       (= |PG_locked[F0]@12| #x00))))
      (a!517 (and (= kswapd0.pc@12 #x01)
                  (not (= |PG_dirty[F0]@12| #x00))
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))))
      (a!518 (and (not (= |PG_dirty[F0]@12| #x00))
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
      (a!6 (and (= migrate0.pc@0 #x05)
                (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (= |folio.refcount[F0]@0| #x02)
                a!5))
      (a!7 (and (or (not (= |PG_swapcache[F0]@0| #x00))
                    (not (= |page.mapping(shmem)[F0]@0| #x00)))
                (= |folio.refcount[F0]@0| #x02)
                a!5))
      (a!9 (bvadd |folio.mapcount[F0]@0|
                  (bvadd migrate0.isolated@0
                         (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                         kswapd0.isolated@0)
                  a!8))
      (a!14 (= |folio.refcount[F1]@0|
               (bvadd |folio.mapcount[F1]@0|
                      (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                      a!13)))
      (a!17 (and (= |folio.refcount[F1]@0| #x00)
                 (= |folio.mapcount[F1]@0| #x00)
                 (= (ite (= migrate0.newpage@0 #x01) #x01 #x00) #x00)
                 (= a!13 #x00)
                 a!16))
      (a!20 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!19))
      (a!24 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!23))
      (a!26 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!8 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!27 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!13 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!31 (and (= migrate0.pc@0 #x02)
                 a!29
                 (= (ite (= a!30 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!43 (and a!41
                 a!42
                 (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.index[F0]@1|
                         |folio.index[F1]@1|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@1|)
                 (= |anon_vma.list[av0][0]@1| #x00)))
      (a!46 (and (= migrate0.pc@1 #x05)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!45))
      (a!47 (and (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!45))
      (a!49 (bvadd |folio.mapcount[F0]@1|
                   (bvadd migrate0.isolated@1
                          (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                          kswapd0.isolated@1)
                   a!48))
      (a!54 (= |folio.refcount[F1]@1|
               (bvadd |folio.mapcount[F1]@1|
                      (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                      a!53)))
      (a!57 (and (= |folio.refcount[F1]@1| #x00)
                 (= |folio.mapcount[F1]@1| #x00)
                 (= (ite (= migrate0.newpage@1 #x01) #x01 #x00) #x00)
                 (= a!53 #x00)
                 a!56))
      (a!60 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!59))
      (a!64 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!63))
      (a!66 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!48 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!67 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!53 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!71 (and (= migrate0.pc@1 #x02)
                 a!69
                 (= (ite (= a!70 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!83 (and a!81
                 a!82
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.index[F0]@2|
                         |folio.index[F1]@2|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@2|)
                 (= |anon_vma.list[av0][0]@2| #x00)))
      (a!86 (and (= migrate0.pc@2 #x05)
                 (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!85))
      (a!87 (and (or (not (= |PG_swapcache[F0]@2| #x00))
                     (not (= |page.mapping(shmem)[F0]@2| #x00)))
                 (= |folio.refcount[F0]@2| #x02)
                 a!85))
      (a!89 (bvadd |folio.mapcount[F0]@2|
                   (bvadd migrate0.isolated@2
                          (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                          kswapd0.isolated@2)
                   a!88))
      (a!94 (= |folio.refcount[F1]@2|
               (bvadd |folio.mapcount[F1]@2|
                      (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                      a!93)))
      (a!97 (and (= |folio.refcount[F1]@2| #x00)
                 (= |folio.mapcount[F1]@2| #x00)
                 (= (ite (= migrate0.newpage@2 #x01) #x01 #x00) #x00)
                 (= a!93 #x00)
                 a!96))
      (a!100 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!99))
      (a!104 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  a!103))
      (a!106 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!88 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!107 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!93 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!111 (and (= migrate0.pc@2 #x02)
                  a!109
                  (= (ite (= a!110 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!123 (and a!121
                  a!122
                  (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.index[F0]@3|
                          |folio.index[F1]@3|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@3|)
                  (= |anon_vma.list[av0][0]@3| #x00)))
      (a!126 (and (= migrate0.pc@3 #x05)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!125))
      (a!127 (and (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!125))
      (a!129 (bvadd |folio.mapcount[F0]@3|
                    (bvadd migrate0.isolated@3
                           (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                           kswapd0.isolated@3)
                    a!128))
      (a!134 (= |folio.refcount[F1]@3|
                (bvadd |folio.mapcount[F1]@3|
                       (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                       a!133)))
      (a!137 (and (= |folio.refcount[F1]@3| #x00)
                  (= |folio.mapcount[F1]@3| #x00)
                  (= (ite (= migrate0.newpage@3 #x01) #x01 #x00) #x00)
                  (= a!133 #x00)
                  a!136))
      (a!140 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!139))
      (a!144 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!143))
      (a!146 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!128 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!147 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!133 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!151 (and (= migrate0.pc@3 #x02)
                  a!149
                  (= (ite (= a!150 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!163 (and a!161
                  a!162
                  (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.index[F0]@4|
                          |folio.index[F1]@4|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@4|)
                  (= |anon_vma.list[av0][0]@4| #x00)))
      (a!166 (and (= migrate0.pc@4 #x05)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!165))
      (a!167 (and (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!165))
      (a!169 (bvadd |folio.mapcount[F0]@4|
                    (bvadd migrate0.isolated@4
                           (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                           kswapd0.isolated@4)
                    a!168))
      (a!174 (= |folio.refcount[F1]@4|
                (bvadd |folio.mapcount[F1]@4|
                       (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                       a!173)))
      (a!177 (and (= |folio.refcount[F1]@4| #x00)
                  (= |folio.mapcount[F1]@4| #x00)
                  (= (ite (= migrate0.newpage@4 #x01) #x01 #x00) #x00)
                  (= a!173 #x00)
                  a!176))
      (a!180 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!179))
      (a!184 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!183))
      (a!186 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!168 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!187 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!173 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!191 (and (= migrate0.pc@4 #x02)
                  a!189
                  (= (ite (= a!190 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!203 (and a!201
                  a!202
                  (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.index[F0]@5|
                          |folio.index[F1]@5|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@5|)
                  (= |anon_vma.list[av0][0]@5| #x00)))
      (a!206 (and (= migrate0.pc@5 #x05)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!205))
      (a!207 (and (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!205))
      (a!209 (bvadd |folio.mapcount[F0]@5|
                    (bvadd migrate0.isolated@5
                           (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                           kswapd0.isolated@5)
                    a!208))
      (a!214 (= |folio.refcount[F1]@5|
                (bvadd |folio.mapcount[F1]@5|
                       (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                       a!213)))
      (a!217 (and (= |folio.refcount[F1]@5| #x00)
                  (= |folio.mapcount[F1]@5| #x00)
                  (= (ite (= migrate0.newpage@5 #x01) #x01 #x00) #x00)
                  (= a!213 #x00)
                  a!216))
      (a!220 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!219))
      (a!224 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!223))
      (a!226 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!208 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!227 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!213 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!231 (and (= migrate0.pc@5 #x02)
                  a!229
                  (= (ite (= a!230 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!243 (and a!241
                  a!242
                  (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.index[F0]@6|
                          |folio.index[F1]@6|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@6|)
                  (= |anon_vma.list[av0][0]@6| #x00)))
      (a!246 (and (= migrate0.pc@6 #x05)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!245))
      (a!247 (and (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!245))
      (a!249 (bvadd |folio.mapcount[F0]@6|
                    (bvadd migrate0.isolated@6
                           (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                           kswapd0.isolated@6)
                    a!248))
      (a!254 (= |folio.refcount[F1]@6|
                (bvadd |folio.mapcount[F1]@6|
                       (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                       a!253)))
      (a!257 (and (= |folio.refcount[F1]@6| #x00)
                  (= |folio.mapcount[F1]@6| #x00)
                  (= (ite (= migrate0.newpage@6 #x01) #x01 #x00) #x00)
                  (= a!253 #x00)
                  a!256))
      (a!260 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!259))
      (a!264 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!263))
      (a!266 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!248 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!267 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!253 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!271 (and (= migrate0.pc@6 #x02)
                  a!269
                  (= (ite (= a!270 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!283 (and a!281
                  a!282
                  (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.index[F0]@7|
                          |folio.index[F1]@7|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@7|)
                  (= |anon_vma.list[av0][0]@7| #x00)))
      (a!286 (and (= migrate0.pc@7 #x05)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!285))
      (a!287 (and (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!285))
      (a!289 (bvadd |folio.mapcount[F0]@7|
                    (bvadd migrate0.isolated@7
                           (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                           kswapd0.isolated@7)
                    a!288))
      (a!294 (= |folio.refcount[F1]@7|
                (bvadd |folio.mapcount[F1]@7|
                       (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                       a!293)))
      (a!297 (and (= |folio.refcount[F1]@7| #x00)
                  (= |folio.mapcount[F1]@7| #x00)
                  (= (ite (= migrate0.newpage@7 #x01) #x01 #x00) #x00)
                  (= a!293 #x00)
                  a!296))
      (a!300 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!299))
      (a!304 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!303))
      (a!306 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!288 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!307 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!293 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!311 (and (= migrate0.pc@7 #x02)
                  a!309
                  (= (ite (= a!310 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!323 (and a!321
                  a!322
                  (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.index[F0]@8|
                          |folio.index[F1]@8|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@8|)
                  (= |anon_vma.list[av0][0]@8| #x00)))
      (a!326 (and (= migrate0.pc@8 #x05)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!325))
      (a!327 (and (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!325))
      (a!329 (bvadd |folio.mapcount[F0]@8|
                    (bvadd migrate0.isolated@8
                           (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                           kswapd0.isolated@8)
                    a!328))
      (a!334 (= |folio.refcount[F1]@8|
                (bvadd |folio.mapcount[F1]@8|
                       (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                       a!333)))
      (a!337 (and (= |folio.refcount[F1]@8| #x00)
                  (= |folio.mapcount[F1]@8| #x00)
                  (= (ite (= migrate0.newpage@8 #x01) #x01 #x00) #x00)
                  (= a!333 #x00)
                  a!336))
      (a!340 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!339))
      (a!344 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!343))
      (a!346 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!328 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!347 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!333 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!351 (and (= migrate0.pc@8 #x02)
                  a!349
                  (= (ite (= a!350 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!363 (and a!361
                  a!362
                  (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.index[F0]@9|
                          |folio.index[F1]@9|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@9|)
                  (= |anon_vma.list[av0][0]@9| #x00)))
      (a!366 (and (= migrate0.pc@9 #x05)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!365))
      (a!367 (and (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!365))
      (a!369 (bvadd |folio.mapcount[F0]@9|
                    (bvadd migrate0.isolated@9
                           (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                           kswapd0.isolated@9)
                    a!368))
      (a!374 (= |folio.refcount[F1]@9|
                (bvadd |folio.mapcount[F1]@9|
                       (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                       a!373)))
      (a!377 (and (= |folio.refcount[F1]@9| #x00)
                  (= |folio.mapcount[F1]@9| #x00)
                  (= (ite (= migrate0.newpage@9 #x01) #x01 #x00) #x00)
                  (= a!373 #x00)
                  a!376))
      (a!380 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!379))
      (a!384 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!383))
      (a!386 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!368 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!387 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!373 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!391 (and (= migrate0.pc@9 #x02)
                  a!389
                  (= (ite (= a!390 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!403 (and a!401
                  a!402
                  (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.index[F0]@10|
                          |folio.index[F1]@10|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@10|)
                  (= |anon_vma.list[av0][0]@10| #x00)))
      (a!406 (and (= migrate0.pc@10 #x05)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!405))
      (a!407 (and (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!405))
      (a!409 (bvadd |folio.mapcount[F0]@10|
                    (bvadd migrate0.isolated@10
                           (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                           kswapd0.isolated@10)
                    a!408))
      (a!414 (= |folio.refcount[F1]@10|
                (bvadd |folio.mapcount[F1]@10|
                       (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                       a!413)))
      (a!417 (and (= |folio.refcount[F1]@10| #x00)
                  (= |folio.mapcount[F1]@10| #x00)
                  (= (ite (= migrate0.newpage@10 #x01) #x01 #x00) #x00)
                  (= a!413 #x00)
                  a!416))
      (a!420 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!419))
      (a!424 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!423))
      (a!426 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!408 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!427 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!413 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!431 (and (= migrate0.pc@10 #x02)
                  a!429
                  (= (ite (= a!430 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!443 (and a!441
                  a!442
                  (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.index[F0]@11|
                          |folio.index[F1]@11|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@11|)
                  (= |anon_vma.list[av0][0]@11| #x00)))
      (a!446 (and (= migrate0.pc@11 #x05)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!445))
      (a!447 (and (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!445))
      (a!449 (bvadd |folio.mapcount[F0]@11|
                    (bvadd migrate0.isolated@11
                           (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                           kswapd0.isolated@11)
                    a!448))
      (a!454 (= |folio.refcount[F1]@11|
                (bvadd |folio.mapcount[F1]@11|
                       (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                       a!453)))
      (a!457 (and (= |folio.refcount[F1]@11| #x00)
                  (= |folio.mapcount[F1]@11| #x00)
                  (= (ite (= migrate0.newpage@11 #x01) #x01 #x00) #x00)
                  (= a!453 #x00)
                  a!456))
      (a!460 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!459))
      (a!464 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!463))
      (a!466 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!448 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!467 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!453 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!471 (and (= migrate0.pc@11 #x02)
                  a!469
                  (= (ite (= a!470 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!483 (and a!481
                  a!482
                  (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.index[F0]@12|
                          |folio.index[F1]@12|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@12|)
                  (= |anon_vma.list[av0][0]@12| #x00)))
      (a!486 (and (= migrate0.pc@12 #x05)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!485))
      (a!487 (and (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!485))
      (a!489 (bvadd |folio.mapcount[F0]@12|
                    (bvadd migrate0.isolated@12
                           (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                           kswapd0.isolated@12)
                    a!488))
      (a!494 (= |folio.refcount[F1]@12|
                (bvadd |folio.mapcount[F1]@12|
                       (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                       a!493)))
      (a!497 (and (= |folio.refcount[F1]@12| #x00)
                  (= |folio.mapcount[F1]@12| #x00)
                  (= (ite (= migrate0.newpage@12 #x01) #x01 #x00) #x00)
                  (= a!493 #x00)
                  a!496))
      (a!500 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!499))
      (a!504 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!503))
      (a!506 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!488 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!507 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!493 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!511 (and (= migrate0.pc@12 #x02)
                  a!509
                  (= (ite (= a!510 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (or (not (not (= |pte[P0][0]@0| #x00))) a!3))
      (a!18 (and (ite (not (= |folio.used[F0]@0| #x00))
                      (and (= |folio.refcount[F0]@0| a!9) a!10)
                      (and (= |folio.refcount[F0]@0| #x00)
                           (= |folio.mapcount[F0]@0| #x00)
                           a!11
                           (= a!8 #x00)
                           a!12))
                 (ite (not (= |folio.used[F1]@0| #x00)) (and a!14 a!15) a!17)))
      (a!22 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!20)))
      (a!39 (or (and (= migrate0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!28)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!31
                a!32
                a!33
                a!34
                (and (= migrate0.pc@0 #x03) a!35)
                (= migrate0.pc@0 #x04)
                a!6
                (and (= migrate0.pc@0 #x05) (not a!7))
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!21
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!25
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))
                (and (= kswapd0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= kswapd0.pc@0 #x00) a!36)
                a!37
                (and (= kswapd0.pc@0 #x01) (not a!38))
                (= kswapd0.pc@0 #x02)))
      (a!44 (or (not (not (= |pte[P0][0]@1| #x00))) a!43))
      (a!58 (and (ite (not (= |folio.used[F0]@1| #x00))
                      (and (= |folio.refcount[F0]@1| a!49) a!50)
                      (and (= |folio.refcount[F0]@1| #x00)
                           (= |folio.mapcount[F0]@1| #x00)
                           a!51
                           (= a!48 #x00)
                           a!52))
                 (ite (not (= |folio.used[F1]@1| #x00)) (and a!54 a!55) a!57)))
      (a!62 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!60)))
      (a!79 (or (and (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!68)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!71
                a!72
                a!73
                a!74
                (and (= migrate0.pc@1 #x03) a!75)
                (= migrate0.pc@1 #x04)
                a!46
                (and (= migrate0.pc@1 #x05) (not a!47))
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!61
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!65
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))
                (and (= kswapd0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= kswapd0.pc@1 #x00) a!76)
                a!77
                (and (= kswapd0.pc@1 #x01) (not a!78))
                (= kswapd0.pc@1 #x02)))
      (a!84 (or (not (not (= |pte[P0][0]@2| #x00))) a!83))
      (a!98 (and (ite (not (= |folio.used[F0]@2| #x00))
                      (and (= |folio.refcount[F0]@2| a!89) a!90)
                      (and (= |folio.refcount[F0]@2| #x00)
                           (= |folio.mapcount[F0]@2| #x00)
                           a!91
                           (= a!88 #x00)
                           a!92))
                 (ite (not (= |folio.used[F1]@2| #x00)) (and a!94 a!95) a!97)))
      (a!102 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  (not a!100)))
      (a!119 (or (and (= migrate0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!108)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!111
                 a!112
                 a!113
                 a!114
                 (and (= migrate0.pc@2 #x03) a!115)
                 (= migrate0.pc@2 #x04)
                 a!86
                 (and (= migrate0.pc@2 #x05) (not a!87))
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!101
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!105
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))
                 (and (= kswapd0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))
                 (and (= kswapd0.pc@2 #x00) a!116)
                 a!117
                 (and (= kswapd0.pc@2 #x01) (not a!118))
                 (= kswapd0.pc@2 #x02)))
      (a!124 (or (not (not (= |pte[P0][0]@3| #x00))) a!123))
      (a!138 (and (ite (not (= |folio.used[F0]@3| #x00))
                       (and (= |folio.refcount[F0]@3| a!129) a!130)
                       (and (= |folio.refcount[F0]@3| #x00)
                            (= |folio.mapcount[F0]@3| #x00)
                            a!131
                            (= a!128 #x00)
                            a!132))
                  (ite (not (= |folio.used[F1]@3| #x00))
                       (and a!134 a!135)
                       a!137)))
      (a!142 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!140)))
      (a!159 (or (and (= migrate0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!148)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!151
                 a!152
                 a!153
                 a!154
                 (and (= migrate0.pc@3 #x03) a!155)
                 (= migrate0.pc@3 #x04)
                 a!126
                 (and (= migrate0.pc@3 #x05) (not a!127))
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!141
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!145
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))
                 (and (= kswapd0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))
                 (and (= kswapd0.pc@3 #x00) a!156)
                 a!157
                 (and (= kswapd0.pc@3 #x01) (not a!158))
                 (= kswapd0.pc@3 #x02)))
      (a!164 (or (not (not (= |pte[P0][0]@4| #x00))) a!163))
      (a!178 (and (ite (not (= |folio.used[F0]@4| #x00))
                       (and (= |folio.refcount[F0]@4| a!169) a!170)
                       (and (= |folio.refcount[F0]@4| #x00)
                            (= |folio.mapcount[F0]@4| #x00)
                            a!171
                            (= a!168 #x00)
                            a!172))
                  (ite (not (= |folio.used[F1]@4| #x00))
                       (and a!174 a!175)
                       a!177)))
      (a!182 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!180)))
      (a!199 (or (and (= migrate0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!188)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!191
                 a!192
                 a!193
                 a!194
                 (and (= migrate0.pc@4 #x03) a!195)
                 (= migrate0.pc@4 #x04)
                 a!166
                 (and (= migrate0.pc@4 #x05) (not a!167))
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!181
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!185
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))
                 (and (= kswapd0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))
                 (and (= kswapd0.pc@4 #x00) a!196)
                 a!197
                 (and (= kswapd0.pc@4 #x01) (not a!198))
                 (= kswapd0.pc@4 #x02)))
      (a!204 (or (not (not (= |pte[P0][0]@5| #x00))) a!203))
      (a!218 (and (ite (not (= |folio.used[F0]@5| #x00))
                       (and (= |folio.refcount[F0]@5| a!209) a!210)
                       (and (= |folio.refcount[F0]@5| #x00)
                            (= |folio.mapcount[F0]@5| #x00)
                            a!211
                            (= a!208 #x00)
                            a!212))
                  (ite (not (= |folio.used[F1]@5| #x00))
                       (and a!214 a!215)
                       a!217)))
      (a!222 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!220)))
      (a!239 (or (and (= migrate0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!228)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!231
                 a!232
                 a!233
                 a!234
                 (and (= migrate0.pc@5 #x03) a!235)
                 (= migrate0.pc@5 #x04)
                 a!206
                 (and (= migrate0.pc@5 #x05) (not a!207))
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!221
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!225
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))
                 (and (= kswapd0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))
                 (and (= kswapd0.pc@5 #x00) a!236)
                 a!237
                 (and (= kswapd0.pc@5 #x01) (not a!238))
                 (= kswapd0.pc@5 #x02)))
      (a!244 (or (not (not (= |pte[P0][0]@6| #x00))) a!243))
      (a!258 (and (ite (not (= |folio.used[F0]@6| #x00))
                       (and (= |folio.refcount[F0]@6| a!249) a!250)
                       (and (= |folio.refcount[F0]@6| #x00)
                            (= |folio.mapcount[F0]@6| #x00)
                            a!251
                            (= a!248 #x00)
                            a!252))
                  (ite (not (= |folio.used[F1]@6| #x00))
                       (and a!254 a!255)
                       a!257)))
      (a!262 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!260)))
      (a!279 (or (and (= migrate0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!268)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!271
                 a!272
                 a!273
                 a!274
                 (and (= migrate0.pc@6 #x03) a!275)
                 (= migrate0.pc@6 #x04)
                 a!246
                 (and (= migrate0.pc@6 #x05) (not a!247))
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!261
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!265
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))
                 (and (= kswapd0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))
                 (and (= kswapd0.pc@6 #x00) a!276)
                 a!277
                 (and (= kswapd0.pc@6 #x01) (not a!278))
                 (= kswapd0.pc@6 #x02)))
      (a!284 (or (not (not (= |pte[P0][0]@7| #x00))) a!283))
      (a!298 (and (ite (not (= |folio.used[F0]@7| #x00))
                       (and (= |folio.refcount[F0]@7| a!289) a!290)
                       (and (= |folio.refcount[F0]@7| #x00)
                            (= |folio.mapcount[F0]@7| #x00)
                            a!291
                            (= a!288 #x00)
                            a!292))
                  (ite (not (= |folio.used[F1]@7| #x00))
                       (and a!294 a!295)
                       a!297)))
      (a!302 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!300)))
      (a!319 (or (and (= migrate0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!308)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!311
                 a!312
                 a!313
                 a!314
                 (and (= migrate0.pc@7 #x03) a!315)
                 (= migrate0.pc@7 #x04)
                 a!286
                 (and (= migrate0.pc@7 #x05) (not a!287))
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!301
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!305
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))
                 (and (= kswapd0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))
                 (and (= kswapd0.pc@7 #x00) a!316)
                 a!317
                 (and (= kswapd0.pc@7 #x01) (not a!318))
                 (= kswapd0.pc@7 #x02)))
      (a!324 (or (not (not (= |pte[P0][0]@8| #x00))) a!323))
      (a!338 (and (ite (not (= |folio.used[F0]@8| #x00))
                       (and (= |folio.refcount[F0]@8| a!329) a!330)
                       (and (= |folio.refcount[F0]@8| #x00)
                            (= |folio.mapcount[F0]@8| #x00)
                            a!331
                            (= a!328 #x00)
                            a!332))
                  (ite (not (= |folio.used[F1]@8| #x00))
                       (and a!334 a!335)
                       a!337)))
      (a!342 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!340)))
      (a!359 (or (and (= migrate0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!348)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!351
                 a!352
                 a!353
                 a!354
                 (and (= migrate0.pc@8 #x03) a!355)
                 (= migrate0.pc@8 #x04)
                 a!326
                 (and (= migrate0.pc@8 #x05) (not a!327))
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!341
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!345
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))
                 (and (= kswapd0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))
                 (and (= kswapd0.pc@8 #x00) a!356)
                 a!357
                 (and (= kswapd0.pc@8 #x01) (not a!358))
                 (= kswapd0.pc@8 #x02)))
      (a!364 (or (not (not (= |pte[P0][0]@9| #x00))) a!363))
      (a!378 (and (ite (not (= |folio.used[F0]@9| #x00))
                       (and (= |folio.refcount[F0]@9| a!369) a!370)
                       (and (= |folio.refcount[F0]@9| #x00)
                            (= |folio.mapcount[F0]@9| #x00)
                            a!371
                            (= a!368 #x00)
                            a!372))
                  (ite (not (= |folio.used[F1]@9| #x00))
                       (and a!374 a!375)
                       a!377)))
      (a!382 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!380)))
      (a!399 (or (and (= migrate0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!388)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!391
                 a!392
                 a!393
                 a!394
                 (and (= migrate0.pc@9 #x03) a!395)
                 (= migrate0.pc@9 #x04)
                 a!366
                 (and (= migrate0.pc@9 #x05) (not a!367))
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!381
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!385
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))
                 (and (= kswapd0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))
                 (and (= kswapd0.pc@9 #x00) a!396)
                 a!397
                 (and (= kswapd0.pc@9 #x01) (not a!398))
                 (= kswapd0.pc@9 #x02)))
      (a!404 (or (not (not (= |pte[P0][0]@10| #x00))) a!403))
      (a!418 (and (ite (not (= |folio.used[F0]@10| #x00))
                       (and (= |folio.refcount[F0]@10| a!409) a!410)
                       (and (= |folio.refcount[F0]@10| #x00)
                            (= |folio.mapcount[F0]@10| #x00)
                            a!411
                            (= a!408 #x00)
                            a!412))
                  (ite (not (= |folio.used[F1]@10| #x00))
                       (and a!414 a!415)
                       a!417)))
      (a!422 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!420)))
      (a!439 (or (and (= migrate0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!428)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!431
                 a!432
                 a!433
                 a!434
                 (and (= migrate0.pc@10 #x03) a!435)
                 (= migrate0.pc@10 #x04)
                 a!406
                 (and (= migrate0.pc@10 #x05) (not a!407))
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!421
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!425
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))
                 (and (= kswapd0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))
                 (and (= kswapd0.pc@10 #x00) a!436)
                 a!437
                 (and (= kswapd0.pc@10 #x01) (not a!438))
                 (= kswapd0.pc@10 #x02)))
      (a!444 (or (not (not (= |pte[P0][0]@11| #x00))) a!443))
      (a!458 (and (ite (not (= |folio.used[F0]@11| #x00))
                       (and (= |folio.refcount[F0]@11| a!449) a!450)
                       (and (= |folio.refcount[F0]@11| #x00)
                            (= |folio.mapcount[F0]@11| #x00)
                            a!451
                            (= a!448 #x00)
                            a!452))
                  (ite (not (= |folio.used[F1]@11| #x00))
                       (and a!454 a!455)
                       a!457)))
      (a!462 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!460)))
      (a!479 (or (and (= migrate0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!468)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!471
                 a!472
                 a!473
                 a!474
                 (and (= migrate0.pc@11 #x03) a!475)
                 (= migrate0.pc@11 #x04)
                 a!446
                 (and (= migrate0.pc@11 #x05) (not a!447))
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!461
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!465
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))
                 (and (= kswapd0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))
                 (and (= kswapd0.pc@11 #x00) a!476)
                 a!477
                 (and (= kswapd0.pc@11 #x01) (not a!478))
                 (= kswapd0.pc@11 #x02)))
      (a!484 (or (not (not (= |pte[P0][0]@12| #x00))) a!483))
      (a!498 (and (ite (not (= |folio.used[F0]@12| #x00))
                       (and (= |folio.refcount[F0]@12| a!489) a!490)
                       (and (= |folio.refcount[F0]@12| #x00)
                            (= |folio.mapcount[F0]@12| #x00)
                            a!491
                            (= a!488 #x00)
                            a!492))
                  (ite (not (= |folio.used[F1]@12| #x00))
                       (and a!494 a!495)
                       a!497)))
      (a!502 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!500)))
      (a!519 (or (and (= migrate0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!508)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!511
                 a!512
                 a!513
                 a!514
                 (and (= migrate0.pc@12 #x03) a!515)
                 (= migrate0.pc@12 #x04)
                 a!486
                 (and (= migrate0.pc@12 #x05) (not a!487))
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!501
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!505
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01))
                 (and (= kswapd0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))
                 (and (= kswapd0.pc@12 #x00) a!516)
                 a!517
                 (and (= kswapd0.pc@12 #x01) (not a!518))
                 (= kswapd0.pc@12 #x02))))
(let ((a!40 (and (not (and (= migrate0.pc@0 #x0a) (= kswapd0.pc@0 #x03)))
                 (not a!39)))
      (a!80 (and (not (and (= migrate0.pc@1 #x0a) (= kswapd0.pc@1 #x03)))
                 (not a!79)))
      (a!120 (and (not (and (= migrate0.pc@2 #x0a) (= kswapd0.pc@2 #x03)))
                  (not a!119)))
      (a!160 (and (not (and (= migrate0.pc@3 #x0a) (= kswapd0.pc@3 #x03)))
                  (not a!159)))
      (a!200 (and (not (and (= migrate0.pc@4 #x0a) (= kswapd0.pc@4 #x03)))
                  (not a!199)))
      (a!240 (and (not (and (= migrate0.pc@5 #x0a) (= kswapd0.pc@5 #x03)))
                  (not a!239)))
      (a!280 (and (not (and (= migrate0.pc@6 #x0a) (= kswapd0.pc@6 #x03)))
                  (not a!279)))
      (a!320 (and (not (and (= migrate0.pc@7 #x0a) (= kswapd0.pc@7 #x03)))
                  (not a!319)))
      (a!360 (and (not (and (= migrate0.pc@8 #x0a) (= kswapd0.pc@8 #x03)))
                  (not a!359)))
      (a!400 (and (not (and (= migrate0.pc@9 #x0a) (= kswapd0.pc@9 #x03)))
                  (not a!399)))
      (a!440 (and (not (and (= migrate0.pc@10 #x0a) (= kswapd0.pc@10 #x03)))
                  (not a!439)))
      (a!480 (and (not (and (= migrate0.pc@11 #x0a) (= kswapd0.pc@11 #x03)))
                  (not a!479)))
      (a!520 (and (not (and (= migrate0.pc@12 #x0a) (= kswapd0.pc@12 #x03)))
                  (not a!519))))
  (or (not a!4)
      (and a!6 (not true))
      (and (and (= migrate0.pc@0 #x05) (not a!7)) (not true))
      (not a!18)
      (and (= migrate0.pc@0 #x04) (not a!20))
      (and a!21 (not a!20))
      a!22
      a!24
      (and a!25 a!23)
      (and (= kswapd0.pc@0 #x02) a!23)
      (and (and (= migrate0.pc@0 #x0a) (= kswapd0.pc@0 #x03))
           (not (and a!26 a!27)))
      a!40
      (not a!44)
      (and a!46 (not true))
      (and (and (= migrate0.pc@1 #x05) (not a!47)) (not true))
      (not a!58)
      (and (= migrate0.pc@1 #x04) (not a!60))
      (and a!61 (not a!60))
      a!62
      a!64
      (and a!65 a!63)
      (and (= kswapd0.pc@1 #x02) a!63)
      (and (and (= migrate0.pc@1 #x0a) (= kswapd0.pc@1 #x03))
           (not (and a!66 a!67)))
      a!80
      (not a!84)
      (and a!86 (not true))
      (and (and (= migrate0.pc@2 #x05) (not a!87)) (not true))
      (not a!98)
      (and (= migrate0.pc@2 #x04) (not a!100))
      (and a!101 (not a!100))
      a!102
      a!104
      (and a!105 a!103)
      (and (= kswapd0.pc@2 #x02) a!103)
      (and (and (= migrate0.pc@2 #x0a) (= kswapd0.pc@2 #x03))
           (not (and a!106 a!107)))
      a!120
      (not a!124)
      (and a!126 (not true))
      (and (and (= migrate0.pc@3 #x05) (not a!127)) (not true))
      (not a!138)
      (and (= migrate0.pc@3 #x04) (not a!140))
      (and a!141 (not a!140))
      a!142
      a!144
      (and a!145 a!143)
      (and (= kswapd0.pc@3 #x02) a!143)
      (and (and (= migrate0.pc@3 #x0a) (= kswapd0.pc@3 #x03))
           (not (and a!146 a!147)))
      a!160
      (not a!164)
      (and a!166 (not true))
      (and (and (= migrate0.pc@4 #x05) (not a!167)) (not true))
      (not a!178)
      (and (= migrate0.pc@4 #x04) (not a!180))
      (and a!181 (not a!180))
      a!182
      a!184
      (and a!185 a!183)
      (and (= kswapd0.pc@4 #x02) a!183)
      (and (and (= migrate0.pc@4 #x0a) (= kswapd0.pc@4 #x03))
           (not (and a!186 a!187)))
      a!200
      (not a!204)
      (and a!206 (not true))
      (and (and (= migrate0.pc@5 #x05) (not a!207)) (not true))
      (not a!218)
      (and (= migrate0.pc@5 #x04) (not a!220))
      (and a!221 (not a!220))
      a!222
      a!224
      (and a!225 a!223)
      (and (= kswapd0.pc@5 #x02) a!223)
      (and (and (= migrate0.pc@5 #x0a) (= kswapd0.pc@5 #x03))
           (not (and a!226 a!227)))
      a!240
      (not a!244)
      (and a!246 (not true))
      (and (and (= migrate0.pc@6 #x05) (not a!247)) (not true))
      (not a!258)
      (and (= migrate0.pc@6 #x04) (not a!260))
      (and a!261 (not a!260))
      a!262
      a!264
      (and a!265 a!263)
      (and (= kswapd0.pc@6 #x02) a!263)
      (and (and (= migrate0.pc@6 #x0a) (= kswapd0.pc@6 #x03))
           (not (and a!266 a!267)))
      a!280
      (not a!284)
      (and a!286 (not true))
      (and (and (= migrate0.pc@7 #x05) (not a!287)) (not true))
      (not a!298)
      (and (= migrate0.pc@7 #x04) (not a!300))
      (and a!301 (not a!300))
      a!302
      a!304
      (and a!305 a!303)
      (and (= kswapd0.pc@7 #x02) a!303)
      (and (and (= migrate0.pc@7 #x0a) (= kswapd0.pc@7 #x03))
           (not (and a!306 a!307)))
      a!320
      (not a!324)
      (and a!326 (not true))
      (and (and (= migrate0.pc@8 #x05) (not a!327)) (not true))
      (not a!338)
      (and (= migrate0.pc@8 #x04) (not a!340))
      (and a!341 (not a!340))
      a!342
      a!344
      (and a!345 a!343)
      (and (= kswapd0.pc@8 #x02) a!343)
      (and (and (= migrate0.pc@8 #x0a) (= kswapd0.pc@8 #x03))
           (not (and a!346 a!347)))
      a!360
      (not a!364)
      (and a!366 (not true))
      (and (and (= migrate0.pc@9 #x05) (not a!367)) (not true))
      (not a!378)
      (and (= migrate0.pc@9 #x04) (not a!380))
      (and a!381 (not a!380))
      a!382
      a!384
      (and a!385 a!383)
      (and (= kswapd0.pc@9 #x02) a!383)
      (and (and (= migrate0.pc@9 #x0a) (= kswapd0.pc@9 #x03))
           (not (and a!386 a!387)))
      a!400
      (not a!404)
      (and a!406 (not true))
      (and (and (= migrate0.pc@10 #x05) (not a!407)) (not true))
      (not a!418)
      (and (= migrate0.pc@10 #x04) (not a!420))
      (and a!421 (not a!420))
      a!422
      a!424
      (and a!425 a!423)
      (and (= kswapd0.pc@10 #x02) a!423)
      (and (and (= migrate0.pc@10 #x0a) (= kswapd0.pc@10 #x03))
           (not (and a!426 a!427)))
      a!440
      (not a!444)
      (and a!446 (not true))
      (and (and (= migrate0.pc@11 #x05) (not a!447)) (not true))
      (not a!458)
      (and (= migrate0.pc@11 #x04) (not a!460))
      (and a!461 (not a!460))
      a!462
      a!464
      (and a!465 a!463)
      (and (= kswapd0.pc@11 #x02) a!463)
      (and (and (= migrate0.pc@11 #x0a) (= kswapd0.pc@11 #x03))
           (not (and a!466 a!467)))
      a!480
      (not a!484)
      (and a!486 (not true))
      (and (and (= migrate0.pc@12 #x05) (not a!487)) (not true))
      (not a!498)
      (and (= migrate0.pc@12 #x04) (not a!500))
      (and a!501 (not a!500))
      a!502
      a!504
      (and a!505 a!503)
      (and (= kswapd0.pc@12 #x02) a!503)
      (and (and (= migrate0.pc@12 #x0a) (= kswapd0.pc@12 #x03))
           (not (and a!506 a!507)))
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
(model-add |page.mapping(shmem)[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_swapcache[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_dirty[F1]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
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
                           (ite (or (= rule@11 #x0f)
                                    (= rule@11 #x0e)
                                    (= rule@11 #x16))
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.data[F0]@11|)
                                |folio.data[F0]@11|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x00)))
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
                           (ite (or (= rule@10 #x0e)
                                    (= rule@10 #x16)
                                    (= rule@10 #x0f))
                                (ite (= |folio.refcount[F0]@10| #x01)
                                     #x00
                                     |folio.data[F0]@10|)
                                |folio.data[F0]@10|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@10 #x0d))
                               (not (= migrate0.newpage@10 #x00)))
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
           (let ((a!3 (ite (or (not (= rule@10 #x0e))
                               (not (= migrate0.newpage@10 #x01)))
                           |folio.data[F1]@10|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@10 #x0d))
                               (not (= migrate0.newpage@10 #x01)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0e)))
                           (ite (or (= rule@9 #x16)
                                    (= rule@9 #x0f)
                                    (= rule@9 #x0e))
                                (ite (= |folio.refcount[F0]@9| #x01)
                                     #x00
                                     |folio.data[F0]@9|)
                                |folio.data[F0]@9|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@9 #x0d))
                               (not (= migrate0.newpage@9 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@9 #x00))
                               (not (= rule@9 #x0b)))
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
           (let ((a!4 (ite (or (not (= rule@9 #x0d))
                               (not (= migrate0.newpage@9 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@9 #x01))
                               (not (= rule@9 #x0b)))
                           a!4
                           |folio.data[F0]@9|)))
           (let ((a!6 (ite (or (not (= rule@9 #x08))
                               (not (= migrate0.newpage@9 #x01)))
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
                           (ite (or (= rule@8 #x0e)
                                    (= rule@8 #x0f)
                                    (= rule@8 #x16))
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
           (let ((a!4 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x0b)))
                           a!4
                           |folio.data[F0]@8|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@8 #x01))
                               (not (= rule@8 #x08)))
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
                           (ite (or (= rule@7 #x0f)
                                    (= rule@7 #x0e)
                                    (= rule@7 #x16))
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
           (let ((a!6 (ite (or (not (= rule@7 #x08))
                               (not (= migrate0.newpage@7 #x01)))
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
                           (ite (or (= rule@6 #x0e)
                                    (= rule@6 #x16)
                                    (= rule@6 #x0f))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x0e)))
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
           (let ((a!6 (ite (or (not (= migrate0.newpage@6 #x01))
                               (not (= rule@6 #x08)))
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
           (let ((a!3 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0e)))
                           (ite (or (= rule@5 #x16)
                                    (= rule@5 #x0e)
                                    (= rule@5 #x0f))
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                |folio.data[F0]@5|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@5 #x0b))
                               (not (= migrate0.newpage@5 #x00)))
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
                           (ite (or (= rule@4 #x0f)
                                    (= rule@4 #x16)
                                    (= rule@4 #x0e))
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
           (let ((a!6 (ite (or (not (= rule@4 #x08))
                               (not (= migrate0.newpage@4 #x00)))
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
           (let ((a!4 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@4 #x01))
                               (not (= rule@4 #x0b)))
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
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= rule@3 #x0e))
                               (not (= migrate0.newpage@3 #x00)))
                           (ite (or (= rule@3 #x0e)
                                    (= rule@3 #x0f)
                                    (= rule@3 #x16))
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                |folio.data[F0]@3|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x0b)))
                           a!4
                           |folio.data[F0]@3|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@3 #x00))
                               (not (= rule@3 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@3 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= rule@3 #x0e))
                               (not (= migrate0.newpage@3 #x01)))
                           |folio.data[F1]@3|
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x0d)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x0b)))
                           a!4
                           |folio.data[F0]@3|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@3 #x01))
                               (not (= rule@3 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@3 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@2 #x00))
                               (not (= rule@2 #x0e)))
                           (ite (or (= rule@2 #x16)
                                    (= rule@2 #x0e)
                                    (= rule@2 #x0f))
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                |folio.data[F0]@2|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x0d))
                               (not (= migrate0.newpage@2 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@2 #x00))
                               (not (= rule@2 #x0b)))
                           a!4
                           |folio.data[F0]@2|)))
           (let ((a!6 (ite (or (not (= rule@2 #x08))
                               (not (= migrate0.newpage@2 #x00)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@2 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x0e)))
                           |folio.data[F1]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x0d))
                               (not (= migrate0.newpage@2 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x0b)))
                           a!4
                           |folio.data[F0]@2|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@2 #x01))
                               (not (= rule@2 #x08)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@2 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!3 (ite (or (not (= rule@1 #x0e))
                               (not (= migrate0.newpage@1 #x00)))
                           (ite (or (= rule@1 #x0e)
                                    (= rule@1 #x0f)
                                    (= rule@1 #x16))
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                |folio.data[F0]@1|)
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@1 #x0d))
                               (not (= migrate0.newpage@1 #x00)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@1 #x0b))
                               (not (= migrate0.newpage@1 #x00)))
                           a!4
                           |folio.data[F0]@1|)))
           (let ((a!6 (ite (or (not (= rule@1 #x08))
                               (not (= migrate0.newpage@1 #x00)))
                           a!5
                           a!2)))
             (ite (or (not (= rule@1 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.data[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x01)))
                 (a!2 (or (= (ite (= migrate0.newpage@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= rule@1 #x0e))
                          (not (= migrate0.newpage@1 #x01))))
                 (a!3 (ite (= (ite (= migrate0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!4 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x0d)))
                           (ite a!2
                                #x00
                                (ite (= migrate0.newpage@1 #x00)
                                     |folio.data[F0]@1|
                                     #x00))
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x0b)))
                           a!4
                           |folio.data[F0]@1|)))
           (let ((a!6 (ite (or (not (= migrate0.newpage@1 #x01))
                               (not (= rule@1 #x08)))
                           a!5
                           a!3)))
             (ite (or (not (= rule@1 #x03)) a!1) a!6 #x00))))))
(model-add |folio.data[F0]@1|
           ()
           (_ BitVec 8)
           (ite (or (= rule@0 #x0e) (= rule@0 #x0f) (= rule@0 #x16)) #x00 #x01))
(check-sat)
