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
     (bvule |pte[P0][0]@0| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!19 (and (= rule@0 #x19)
                 (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!23 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!32 (ite (and (= rule@0 #x17) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x1b) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)))
      (a!43 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!52 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!53 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!55 (ite (and (= rule@0 #x17) true)
                 #x00
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!63 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!64 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!72 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!73 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= fault0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!81 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!82 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!90 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!91 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!101 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!102 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!111 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!112 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!113 (ite (and (= rule@0 #x19) true)
                  #x00
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       |page.mapping(shmem)[F0]@0|)))
      (a!122 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!123 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!124 (ite (and (= rule@0 #x19) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       |PG_swapcache[F0]@0|)))
      (a!133 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_dirty[F0]@0|
                       |PG_dirty[F1]@0|)))
      (a!134 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00) |PG_dirty[F0]@0| |PG_dirty[F1]@0|)))
      (a!135 (ite (and (= rule@0 #x19) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       |PG_dirty[F0]@0|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                  migrate0.newpage@0
                  shmem.i_pages@0))
      (a!147 (ite (and (= rule@0 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                       migrate0.newpage@0
                       swapper_space.i_pages@0)
                  (ite (and (= rule@0 #x19) true) #x00 swapper_space.i_pages@0)))
      (a!149 (ite (and (= rule@0 #x19) true)
                  #x00
                  (ite (and (= rule@0 #x1a) true) #x00 |PG_locked[F0]@0|)))
      (a!156 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!160 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!169 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!171 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!173 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!175 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!176 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!177 (ite (and (= rule@0 #x15) true)
                  #x03
                  (ite (and (= rule@0 #x16) true) #x00 fault0.pc@0)))
      (a!180 (ite (and (= rule@0 #x15) true)
                  #x02
                  (ite (and (= rule@0 #x16) true) #x02 fault0.page@0)))
      (a!182 (ite (and (= rule@0 #x12) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x01 fault0.from_swap@0)))
      (a!183 (ite (and (= rule@0 #x1a) true)
                  #x02
                  (ite (and (= rule@0 #x1b) true) #x03 kswapd0.pc@0)))
      (a!186 (ite (and (= rule@0 #x17) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true) #x00 kswapd0.isolated@0))))
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
      (a!17 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!15)
                 (and (= shmem.i_pages@0 fault0.page@0) a!16)))
      (a!24 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!23
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!29 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!23
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!23
                      |folio.used[F1]@0|)))
      (a!33 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!54
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!54
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!54
                      |PG_lru[F1]@0|)))
      (a!65 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!64
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      |PG_anon_exclusive[F0]@0|)))
      (a!69 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!64
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@0|)))
      (a!74 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!73
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      |folio.mapping[F0]@0|)))
      (a!78 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!73
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!73
                      |folio.mapping[F1]@0|)))
      (a!83 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      |folio.index[F0]@0|)))
      (a!87 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!82
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!82
                      |folio.index[F1]@0|)))
      (a!92 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 a!91
                 (ite (and (= rule@0 #x1b) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      |folio.data[F0]@0|)))
      (a!97 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!91
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!91
                      |folio.data[F1]@0|)))
      (a!103 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                  a!102
                  (ite (and (= rule@0 #x1b) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       |folio.node[F0]@0|)))
      (a!108 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!102
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!102
                       |folio.node[F1]@0|)))
      (a!114 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!112
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!112
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@0|)))
      (a!125 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!123
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!123
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!123
                       |PG_swapcache[F1]@0|)))
      (a!136 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!134
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!134
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!134
                       |PG_dirty[F1]@0|)))
      (a!145 (ite (and (= rule@0 #x09) true)
                  a!144
                  (ite (and (= rule@0 #x19) true) #x02 shmem.i_pages@0)))
      (a!148 (= swapper_space.i_pages@1
                (ite (and (= rule@0 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@0 #x13) true)
                  #x01
                  (ite (and (= rule@0 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@0 #x12) true)
                  shmem.i_pages@0
                  (ite (and (= rule@0 #x13) true) swapper_space.i_pages@0 a!180)))
      (a!184 (ite (and (= rule@0 #x18) true)
                  #x03
                  (ite (and (= rule@0 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@0 #x00)
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
                     (= fault0.pc@0 #x00)
                     (not (= shmem.i_pages@0 #x02)))
                (and (= rule@0 #x13)
                     (= fault0.pc@0 #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!14
                (and (= rule@0 #x15) (= fault0.pc@0 #x02) a!17)
                (and (= rule@0 #x16) (= fault0.pc@0 #x02) (not a!17))
                (and (= rule@0 #x17)
                     (= kswapd0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= rule@0 #x18) (= kswapd0.pc@0 #x00) a!18)
                a!19
                (and (= rule@0 #x1a) (= kswapd0.pc@0 #x01) (not a!20))
                (and (= rule@0 #x1b) (= kswapd0.pc@0 #x02))))
      (a!25 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!22
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x01))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!52
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!63
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!72
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!81
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@0 #x0f) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!90
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@0 #x0f) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!101
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       a!114)))
      (a!120 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!111
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |PG_swapcache[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       a!125)))
      (a!131 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!122
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       a!136)))
      (a!142 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!133
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@1 (ite (and (= rule@0 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@0 #x14) (= fault0.page@0 #x00))
                  #x02
                  (ite (and (= rule@0 #x15) (= fault0.page@0 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@1 (ite (and (= rule@0 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@1 (ite (and (= rule@0 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!22
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!25)))
      (a!31 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x00))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x01))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!52
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!63
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!72
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!81
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!84)))
      (a!89 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 a!90
                 (ite (and (= rule@0 #x0e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!93)))
      (a!99 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!90
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!98)))
      (a!105 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                  a!101
                  (ite (and (= rule@0 #x0e) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       a!104)))
      (a!110 (ite (and (= rule@0 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!111
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!111
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |page.mapping(shmem)[F0]@0|
                       a!120)))
      (a!127 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!122
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!122
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |PG_swapcache[F0]@0|
                       a!131)))
      (a!138 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!133
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!133
                  (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                       |PG_dirty[F0]@0|
                       a!142)))
      (a!152 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!22
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x00))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!63
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!72
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!81
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                 |folio.data[F0]@0|
                 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                  a!101
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |page.mapping(shmem)[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                  |PG_dirty[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@0|)
                     a!106)))
      (a!118 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@0 #x02) true)
                  #x01
                  (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       a!28
       (= |folio.used[F1]@1| a!31)
       (= |folio.refcount[F0]@1| a!42)
       a!51
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@1| a!68)
       a!71
       (= |folio.mapping[F0]@1| a!77)
       a!80
       (= |folio.index[F0]@1| a!86)
       a!89
       (= |folio.data[F0]@1| a!96)
       a!100
       a!107
       (= |folio.node[F1]@1| a!110)
       (= |page.mapping(shmem)[F0]@1| a!118)
       (= |page.mapping(shmem)[F1]@1| a!121)
       (= |PG_swapcache[F0]@1| a!129)
       (= |PG_swapcache[F1]@1| a!132)
       (= |PG_dirty[F0]@1| a!140)
       (= |PG_dirty[F1]@1| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!155)
       a!159
       (= migrate0.pc@1 a!168)
       a!170
       (= migrate0.newpage@1 a!172)
       (= migrate0.ok@1 a!174)
       (= migrate0.mapping_is_swapper@1 a!175)
       a!176
       a!179
       (= fault0.page@1 a!181)
       (= fault0.from_swap@1 a!182)
       a!185
       (= kswapd0.isolated@1 a!186)
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!19 (and (= rule@1 #x19)
                 (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!23 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!32 (ite (and (= rule@1 #x17) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x1b) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)))
      (a!43 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!52 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!53 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!55 (ite (and (= rule@1 #x17) true)
                 #x00
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!63 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!64 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!72 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!73 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= fault0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!81 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!82 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!90 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!91 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!101 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!102 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!111 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!112 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!113 (ite (and (= rule@1 #x19) true)
                  #x00
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       |page.mapping(shmem)[F0]@1|)))
      (a!122 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!123 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!124 (ite (and (= rule@1 #x19) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       |PG_swapcache[F0]@1|)))
      (a!133 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_dirty[F0]@1|
                       |PG_dirty[F1]@1|)))
      (a!134 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00) |PG_dirty[F0]@1| |PG_dirty[F1]@1|)))
      (a!135 (ite (and (= rule@1 #x19) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       |PG_dirty[F0]@1|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                  migrate0.newpage@1
                  shmem.i_pages@1))
      (a!147 (ite (and (= rule@1 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                       migrate0.newpage@1
                       swapper_space.i_pages@1)
                  (ite (and (= rule@1 #x19) true) #x00 swapper_space.i_pages@1)))
      (a!149 (ite (and (= rule@1 #x19) true)
                  #x00
                  (ite (and (= rule@1 #x1a) true) #x00 |PG_locked[F0]@1|)))
      (a!156 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!160 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!169 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!171 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!173 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!175 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!176 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!177 (ite (and (= rule@1 #x15) true)
                  #x03
                  (ite (and (= rule@1 #x16) true) #x00 fault0.pc@1)))
      (a!180 (ite (and (= rule@1 #x15) true)
                  #x02
                  (ite (and (= rule@1 #x16) true) #x02 fault0.page@1)))
      (a!182 (ite (and (= rule@1 #x12) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x01 fault0.from_swap@1)))
      (a!183 (ite (and (= rule@1 #x1a) true)
                  #x02
                  (ite (and (= rule@1 #x1b) true) #x03 kswapd0.pc@1)))
      (a!186 (ite (and (= rule@1 #x17) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true) #x00 kswapd0.isolated@1))))
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
      (a!17 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!15)
                 (and (= shmem.i_pages@1 fault0.page@1) a!16)))
      (a!24 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!23
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!29 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!23
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!23
                      |folio.used[F1]@1|)))
      (a!33 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!54
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!54
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!54
                      |PG_lru[F1]@1|)))
      (a!65 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!64
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      |PG_anon_exclusive[F0]@1|)))
      (a!69 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!64
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@1|)))
      (a!74 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!73
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      |folio.mapping[F0]@1|)))
      (a!78 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!73
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!73
                      |folio.mapping[F1]@1|)))
      (a!83 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      |folio.index[F0]@1|)))
      (a!87 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!82
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!82
                      |folio.index[F1]@1|)))
      (a!92 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 a!91
                 (ite (and (= rule@1 #x1b) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      |folio.data[F0]@1|)))
      (a!97 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!91
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!91
                      |folio.data[F1]@1|)))
      (a!103 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                  a!102
                  (ite (and (= rule@1 #x1b) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       |folio.node[F0]@1|)))
      (a!108 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!102
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!102
                       |folio.node[F1]@1|)))
      (a!114 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!112
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!112
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@1|)))
      (a!125 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!123
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!123
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!123
                       |PG_swapcache[F1]@1|)))
      (a!136 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!134
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!134
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!134
                       |PG_dirty[F1]@1|)))
      (a!145 (ite (and (= rule@1 #x09) true)
                  a!144
                  (ite (and (= rule@1 #x19) true) #x02 shmem.i_pages@1)))
      (a!148 (= swapper_space.i_pages@2
                (ite (and (= rule@1 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@1 #x13) true)
                  #x01
                  (ite (and (= rule@1 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@1 #x12) true)
                  shmem.i_pages@1
                  (ite (and (= rule@1 #x13) true) swapper_space.i_pages@1 a!180)))
      (a!184 (ite (and (= rule@1 #x18) true)
                  #x03
                  (ite (and (= rule@1 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@1 #x00)
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
                     (= fault0.pc@1 #x00)
                     (not (= shmem.i_pages@1 #x02)))
                (and (= rule@1 #x13)
                     (= fault0.pc@1 #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!14
                (and (= rule@1 #x15) (= fault0.pc@1 #x02) a!17)
                (and (= rule@1 #x16) (= fault0.pc@1 #x02) (not a!17))
                (and (= rule@1 #x17)
                     (= kswapd0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= rule@1 #x18) (= kswapd0.pc@1 #x00) a!18)
                a!19
                (and (= rule@1 #x1a) (= kswapd0.pc@1 #x01) (not a!20))
                (and (= rule@1 #x1b) (= kswapd0.pc@1 #x02))))
      (a!25 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!22
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x01))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!52
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!63
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!72
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!81
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@1 #x0f) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!90
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@1 #x0f) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!101
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       a!114)))
      (a!120 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!111
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |PG_swapcache[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       a!125)))
      (a!131 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!122
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       a!136)))
      (a!142 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!133
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@2 (ite (and (= rule@1 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@1 #x14) (= fault0.page@1 #x00))
                  #x02
                  (ite (and (= rule@1 #x15) (= fault0.page@1 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@2 (ite (and (= rule@1 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@2 (ite (and (= rule@1 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!22
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!25)))
      (a!31 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x00))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x01))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!52
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!63
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!72
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!81
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!84)))
      (a!89 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 a!90
                 (ite (and (= rule@1 #x0e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!93)))
      (a!99 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!90
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!98)))
      (a!105 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                  a!101
                  (ite (and (= rule@1 #x0e) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       a!104)))
      (a!110 (ite (and (= rule@1 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!111
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!111
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |page.mapping(shmem)[F0]@1|
                       a!120)))
      (a!127 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!122
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!122
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |PG_swapcache[F0]@1|
                       a!131)))
      (a!138 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!133
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!133
                  (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                       |PG_dirty[F0]@1|
                       a!142)))
      (a!152 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!22
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x00))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!63
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!72
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!81
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                 |folio.data[F0]@1|
                 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                  a!101
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |page.mapping(shmem)[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                  |PG_dirty[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@1|)
                     a!106)))
      (a!118 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@1 #x02) true)
                  #x01
                  (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       a!28
       (= |folio.used[F1]@2| a!31)
       (= |folio.refcount[F0]@2| a!42)
       a!51
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@2| a!68)
       a!71
       (= |folio.mapping[F0]@2| a!77)
       a!80
       (= |folio.index[F0]@2| a!86)
       a!89
       (= |folio.data[F0]@2| a!96)
       a!100
       a!107
       (= |folio.node[F1]@2| a!110)
       (= |page.mapping(shmem)[F0]@2| a!118)
       (= |page.mapping(shmem)[F1]@2| a!121)
       (= |PG_swapcache[F0]@2| a!129)
       (= |PG_swapcache[F1]@2| a!132)
       (= |PG_dirty[F0]@2| a!140)
       (= |PG_dirty[F1]@2| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!155)
       a!159
       (= migrate0.pc@2 a!168)
       a!170
       (= migrate0.newpage@2 a!172)
       (= migrate0.ok@2 a!174)
       (= migrate0.mapping_is_swapper@2 a!175)
       a!176
       a!179
       (= fault0.page@2 a!181)
       (= fault0.from_swap@2 a!182)
       a!185
       (= kswapd0.isolated@2 a!186)
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!19 (and (= rule@2 #x19)
                 (= kswapd0.pc@2 #x01)
                 (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@2| #x00))
                 (not (= |page.mapping(shmem)[F0]@2| #x00))
                 (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!23 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!32 (ite (and (= rule@2 #x17) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x1b) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)))
      (a!43 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!52 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!53 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!55 (ite (and (= rule@2 #x17) true)
                 #x00
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!63 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!64 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!72 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!73 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= fault0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!81 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!82 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!90 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!91 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!101 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!102 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!111 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!112 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!113 (ite (and (= rule@2 #x19) true)
                  #x00
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       |page.mapping(shmem)[F0]@2|)))
      (a!122 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!123 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!124 (ite (and (= rule@2 #x19) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       |PG_swapcache[F0]@2|)))
      (a!133 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_dirty[F0]@2|
                       |PG_dirty[F1]@2|)))
      (a!134 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00) |PG_dirty[F0]@2| |PG_dirty[F1]@2|)))
      (a!135 (ite (and (= rule@2 #x19) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       |PG_dirty[F0]@2|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                  migrate0.newpage@2
                  shmem.i_pages@2))
      (a!147 (ite (and (= rule@2 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                       migrate0.newpage@2
                       swapper_space.i_pages@2)
                  (ite (and (= rule@2 #x19) true) #x00 swapper_space.i_pages@2)))
      (a!149 (ite (and (= rule@2 #x19) true)
                  #x00
                  (ite (and (= rule@2 #x1a) true) #x00 |PG_locked[F0]@2|)))
      (a!156 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!160 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!169 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!171 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!173 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!175 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!176 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!177 (ite (and (= rule@2 #x15) true)
                  #x03
                  (ite (and (= rule@2 #x16) true) #x00 fault0.pc@2)))
      (a!180 (ite (and (= rule@2 #x15) true)
                  #x02
                  (ite (and (= rule@2 #x16) true) #x02 fault0.page@2)))
      (a!182 (ite (and (= rule@2 #x12) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x01 fault0.from_swap@2)))
      (a!183 (ite (and (= rule@2 #x1a) true)
                  #x02
                  (ite (and (= rule@2 #x1b) true) #x03 kswapd0.pc@2)))
      (a!186 (ite (and (= rule@2 #x17) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true) #x00 kswapd0.isolated@2))))
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
      (a!17 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!15)
                 (and (= shmem.i_pages@2 fault0.page@2) a!16)))
      (a!24 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!23
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!29 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!23
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!23
                      |folio.used[F1]@2|)))
      (a!33 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!54
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!54
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!54
                      |PG_lru[F1]@2|)))
      (a!65 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!64
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      |PG_anon_exclusive[F0]@2|)))
      (a!69 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!64
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@2|)))
      (a!74 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!73
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      |folio.mapping[F0]@2|)))
      (a!78 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!73
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!73
                      |folio.mapping[F1]@2|)))
      (a!83 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      |folio.index[F0]@2|)))
      (a!87 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!82
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!82
                      |folio.index[F1]@2|)))
      (a!92 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 a!91
                 (ite (and (= rule@2 #x1b) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      |folio.data[F0]@2|)))
      (a!97 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!91
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!91
                      |folio.data[F1]@2|)))
      (a!103 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                  a!102
                  (ite (and (= rule@2 #x1b) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       |folio.node[F0]@2|)))
      (a!108 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!102
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!102
                       |folio.node[F1]@2|)))
      (a!114 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!112
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!112
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@2|)))
      (a!125 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!123
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!123
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!123
                       |PG_swapcache[F1]@2|)))
      (a!136 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!134
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!134
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!134
                       |PG_dirty[F1]@2|)))
      (a!145 (ite (and (= rule@2 #x09) true)
                  a!144
                  (ite (and (= rule@2 #x19) true) #x02 shmem.i_pages@2)))
      (a!148 (= swapper_space.i_pages@3
                (ite (and (= rule@2 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@2 #x13) true)
                  #x01
                  (ite (and (= rule@2 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@2 #x12) true)
                  shmem.i_pages@2
                  (ite (and (= rule@2 #x13) true) swapper_space.i_pages@2 a!180)))
      (a!184 (ite (and (= rule@2 #x18) true)
                  #x03
                  (ite (and (= rule@2 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@2 #x00)
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
                     (= fault0.pc@2 #x00)
                     (not (= shmem.i_pages@2 #x02)))
                (and (= rule@2 #x13)
                     (= fault0.pc@2 #x00)
                     (= shmem.i_pages@2 #x02)
                     (not (= swapper_space.i_pages@2 #x02)))
                a!14
                (and (= rule@2 #x15) (= fault0.pc@2 #x02) a!17)
                (and (= rule@2 #x16) (= fault0.pc@2 #x02) (not a!17))
                (and (= rule@2 #x17)
                     (= kswapd0.pc@2 #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00))
                     (= |PG_locked[F0]@2| #x00))
                (and (= rule@2 #x18) (= kswapd0.pc@2 #x00) a!18)
                a!19
                (and (= rule@2 #x1a) (= kswapd0.pc@2 #x01) (not a!20))
                (and (= rule@2 #x1b) (= kswapd0.pc@2 #x02))))
      (a!25 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!22
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x01))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!52
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!63
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!72
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!81
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@2 #x0f) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!90
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@2 #x0f) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!101
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       a!114)))
      (a!120 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!111
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |PG_swapcache[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       a!125)))
      (a!131 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!122
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       a!136)))
      (a!142 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!133
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@3 (ite (and (= rule@2 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@2 #x14) (= fault0.page@2 #x00))
                  #x02
                  (ite (and (= rule@2 #x15) (= fault0.page@2 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@3 (ite (and (= rule@2 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@3 (ite (and (= rule@2 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!22
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!25)))
      (a!31 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x00))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x01))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!52
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!63
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!72
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!81
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!84)))
      (a!89 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 a!90
                 (ite (and (= rule@2 #x0e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!93)))
      (a!99 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!90
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!98)))
      (a!105 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                  a!101
                  (ite (and (= rule@2 #x0e) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       a!104)))
      (a!110 (ite (and (= rule@2 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!111
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!111
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |page.mapping(shmem)[F0]@2|
                       a!120)))
      (a!127 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!122
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!122
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |PG_swapcache[F0]@2|
                       a!131)))
      (a!138 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!133
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!133
                  (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                       |PG_dirty[F0]@2|
                       a!142)))
      (a!152 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!22
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x00))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!63
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!72
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!81
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                 |folio.data[F0]@2|
                 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                  a!101
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |page.mapping(shmem)[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                  |PG_dirty[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@2|)
                     a!106)))
      (a!118 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@2 #x02) true)
                  #x01
                  (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       a!28
       (= |folio.used[F1]@3| a!31)
       (= |folio.refcount[F0]@3| a!42)
       a!51
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@3| a!68)
       a!71
       (= |folio.mapping[F0]@3| a!77)
       a!80
       (= |folio.index[F0]@3| a!86)
       a!89
       (= |folio.data[F0]@3| a!96)
       a!100
       a!107
       (= |folio.node[F1]@3| a!110)
       (= |page.mapping(shmem)[F0]@3| a!118)
       (= |page.mapping(shmem)[F1]@3| a!121)
       (= |PG_swapcache[F0]@3| a!129)
       (= |PG_swapcache[F1]@3| a!132)
       (= |PG_dirty[F0]@3| a!140)
       (= |PG_dirty[F1]@3| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!155)
       a!159
       (= migrate0.pc@3 a!168)
       a!170
       (= migrate0.newpage@3 a!172)
       (= migrate0.ok@3 a!174)
       (= migrate0.mapping_is_swapper@3 a!175)
       a!176
       a!179
       (= fault0.page@3 a!181)
       (= fault0.from_swap@3 a!182)
       a!185
       (= kswapd0.isolated@3 a!186)
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!19 (and (= rule@3 #x19)
                 (= kswapd0.pc@3 #x01)
                 (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@3| #x00))
                 (not (= |page.mapping(shmem)[F0]@3| #x00))
                 (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!23 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!32 (ite (and (= rule@3 #x17) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x1b) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)))
      (a!43 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!52 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!53 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!55 (ite (and (= rule@3 #x17) true)
                 #x00
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      |PG_lru[F0]@3|)))
      (a!63 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!64 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!72 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!73 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= fault0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!81 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!82 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!90 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!91 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!101 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!102 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!111 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!112 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!113 (ite (and (= rule@3 #x19) true)
                  #x00
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       |page.mapping(shmem)[F0]@3|)))
      (a!122 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!123 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!124 (ite (and (= rule@3 #x19) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       |PG_swapcache[F0]@3|)))
      (a!133 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_dirty[F0]@3|
                       |PG_dirty[F1]@3|)))
      (a!134 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00) |PG_dirty[F0]@3| |PG_dirty[F1]@3|)))
      (a!135 (ite (and (= rule@3 #x19) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       |PG_dirty[F0]@3|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                  migrate0.newpage@3
                  shmem.i_pages@3))
      (a!147 (ite (and (= rule@3 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                       migrate0.newpage@3
                       swapper_space.i_pages@3)
                  (ite (and (= rule@3 #x19) true) #x00 swapper_space.i_pages@3)))
      (a!149 (ite (and (= rule@3 #x19) true)
                  #x00
                  (ite (and (= rule@3 #x1a) true) #x00 |PG_locked[F0]@3|)))
      (a!156 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!160 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!169 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!171 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!173 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!175 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!176 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!177 (ite (and (= rule@3 #x15) true)
                  #x03
                  (ite (and (= rule@3 #x16) true) #x00 fault0.pc@3)))
      (a!180 (ite (and (= rule@3 #x15) true)
                  #x02
                  (ite (and (= rule@3 #x16) true) #x02 fault0.page@3)))
      (a!182 (ite (and (= rule@3 #x12) true)
                  #x00
                  (ite (and (= rule@3 #x13) true) #x01 fault0.from_swap@3)))
      (a!183 (ite (and (= rule@3 #x1a) true)
                  #x02
                  (ite (and (= rule@3 #x1b) true) #x03 kswapd0.pc@3)))
      (a!186 (ite (and (= rule@3 #x17) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true) #x00 kswapd0.isolated@3))))
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
      (a!17 (ite (not (= fault0.from_swap@3 #x00))
                 (and (= swapper_space.i_pages@3 fault0.page@3) a!15)
                 (and (= shmem.i_pages@3 fault0.page@3) a!16)))
      (a!24 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!23
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      |folio.used[F0]@3|)))
      (a!29 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!23
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!23
                      |folio.used[F1]@3|)))
      (a!33 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!54
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!54
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!54
                      |PG_lru[F1]@3|)))
      (a!65 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!64
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      |PG_anon_exclusive[F0]@3|)))
      (a!69 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!64
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@3|)))
      (a!74 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!73
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      |folio.mapping[F0]@3|)))
      (a!78 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!73
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!73
                      |folio.mapping[F1]@3|)))
      (a!83 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!82
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      |folio.index[F0]@3|)))
      (a!87 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!82
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!82
                      |folio.index[F1]@3|)))
      (a!92 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 a!91
                 (ite (and (= rule@3 #x1b) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      |folio.data[F0]@3|)))
      (a!97 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!91
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!91
                      |folio.data[F1]@3|)))
      (a!103 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                  a!102
                  (ite (and (= rule@3 #x1b) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |folio.node[F0]@3|)
                       |folio.node[F0]@3|)))
      (a!108 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!102
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!102
                       |folio.node[F1]@3|)))
      (a!114 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!112
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!112
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@3|)))
      (a!125 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!123
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!123
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!123
                       |PG_swapcache[F1]@3|)))
      (a!136 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!134
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!134
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!134
                       |PG_dirty[F1]@3|)))
      (a!145 (ite (and (= rule@3 #x09) true)
                  a!144
                  (ite (and (= rule@3 #x19) true) #x02 shmem.i_pages@3)))
      (a!148 (= swapper_space.i_pages@4
                (ite (and (= rule@3 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@3 #x13) true)
                  #x01
                  (ite (and (= rule@3 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@3 #x12) true)
                  shmem.i_pages@3
                  (ite (and (= rule@3 #x13) true) swapper_space.i_pages@3 a!180)))
      (a!184 (ite (and (= rule@3 #x18) true)
                  #x03
                  (ite (and (= rule@3 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@3 #x00)
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
                     (= fault0.pc@3 #x00)
                     (not (= shmem.i_pages@3 #x02)))
                (and (= rule@3 #x13)
                     (= fault0.pc@3 #x00)
                     (= shmem.i_pages@3 #x02)
                     (not (= swapper_space.i_pages@3 #x02)))
                a!14
                (and (= rule@3 #x15) (= fault0.pc@3 #x02) a!17)
                (and (= rule@3 #x16) (= fault0.pc@3 #x02) (not a!17))
                (and (= rule@3 #x17)
                     (= kswapd0.pc@3 #x00)
                     (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00))
                     (= |PG_locked[F0]@3| #x00))
                (and (= rule@3 #x18) (= kswapd0.pc@3 #x00) a!18)
                a!19
                (and (= rule@3 #x1a) (= kswapd0.pc@3 #x01) (not a!20))
                (and (= rule@3 #x1b) (= kswapd0.pc@3 #x02))))
      (a!25 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!22
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x01))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!52
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!63
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!72
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!81
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@3 #x0f) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!90
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@3 #x0f) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!101
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       a!114)))
      (a!120 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!111
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |PG_swapcache[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       a!125)))
      (a!131 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!122
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       a!136)))
      (a!142 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!133
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@4 (ite (and (= rule@3 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@3 #x14) (= fault0.page@3 #x00))
                  #x02
                  (ite (and (= rule@3 #x15) (= fault0.page@3 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@4 (ite (and (= rule@3 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@4 (ite (and (= rule@3 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!22
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!25)))
      (a!31 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x00))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x01))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!52
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!63
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!72
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!81
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!84)))
      (a!89 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 a!90
                 (ite (and (= rule@3 #x0e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!93)))
      (a!99 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!90
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!98)))
      (a!105 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                  a!101
                  (ite (and (= rule@3 #x0e) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |folio.node[F0]@3|)
                       a!104)))
      (a!110 (ite (and (= rule@3 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!111
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!111
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |page.mapping(shmem)[F0]@3|
                       a!120)))
      (a!127 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!122
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!122
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |PG_swapcache[F0]@3|
                       a!131)))
      (a!138 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!133
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!133
                  (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                       |PG_dirty[F0]@3|
                       a!142)))
      (a!152 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!22
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x00))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!63
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!72
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!81
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                 |folio.data[F0]@3|
                 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                  a!101
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |page.mapping(shmem)[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                  |PG_dirty[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@3|)
                     a!106)))
      (a!118 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@3 #x02) true)
                  #x01
                  (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       a!28
       (= |folio.used[F1]@4| a!31)
       (= |folio.refcount[F0]@4| a!42)
       a!51
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@4| a!68)
       a!71
       (= |folio.mapping[F0]@4| a!77)
       a!80
       (= |folio.index[F0]@4| a!86)
       a!89
       (= |folio.data[F0]@4| a!96)
       a!100
       a!107
       (= |folio.node[F1]@4| a!110)
       (= |page.mapping(shmem)[F0]@4| a!118)
       (= |page.mapping(shmem)[F1]@4| a!121)
       (= |PG_swapcache[F0]@4| a!129)
       (= |PG_swapcache[F1]@4| a!132)
       (= |PG_dirty[F0]@4| a!140)
       (= |PG_dirty[F1]@4| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!155)
       a!159
       (= migrate0.pc@4 a!168)
       a!170
       (= migrate0.newpage@4 a!172)
       (= migrate0.ok@4 a!174)
       (= migrate0.mapping_is_swapper@4 a!175)
       a!176
       a!179
       (= fault0.page@4 a!181)
       (= fault0.from_swap@4 a!182)
       a!185
       (= kswapd0.isolated@4 a!186)
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!19 (and (= rule@4 #x19)
                 (= kswapd0.pc@4 #x01)
                 (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@4| #x00))
                 (not (= |page.mapping(shmem)[F0]@4| #x00))
                 (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!23 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!32 (ite (and (= rule@4 #x17) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x1b) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)))
      (a!43 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!52 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!53 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!55 (ite (and (= rule@4 #x17) true)
                 #x00
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      |PG_lru[F0]@4|)))
      (a!63 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!64 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!72 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!73 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= fault0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!81 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!82 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!90 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!91 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!101 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!102 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!111 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!112 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!113 (ite (and (= rule@4 #x19) true)
                  #x00
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       |page.mapping(shmem)[F0]@4|)))
      (a!122 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!123 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!124 (ite (and (= rule@4 #x19) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       |PG_swapcache[F0]@4|)))
      (a!133 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_dirty[F0]@4|
                       |PG_dirty[F1]@4|)))
      (a!134 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00) |PG_dirty[F0]@4| |PG_dirty[F1]@4|)))
      (a!135 (ite (and (= rule@4 #x19) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       |PG_dirty[F0]@4|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                  migrate0.newpage@4
                  shmem.i_pages@4))
      (a!147 (ite (and (= rule@4 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                       migrate0.newpage@4
                       swapper_space.i_pages@4)
                  (ite (and (= rule@4 #x19) true) #x00 swapper_space.i_pages@4)))
      (a!149 (ite (and (= rule@4 #x19) true)
                  #x00
                  (ite (and (= rule@4 #x1a) true) #x00 |PG_locked[F0]@4|)))
      (a!156 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!160 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!169 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!171 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!173 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!175 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!176 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!177 (ite (and (= rule@4 #x15) true)
                  #x03
                  (ite (and (= rule@4 #x16) true) #x00 fault0.pc@4)))
      (a!180 (ite (and (= rule@4 #x15) true)
                  #x02
                  (ite (and (= rule@4 #x16) true) #x02 fault0.page@4)))
      (a!182 (ite (and (= rule@4 #x12) true)
                  #x00
                  (ite (and (= rule@4 #x13) true) #x01 fault0.from_swap@4)))
      (a!183 (ite (and (= rule@4 #x1a) true)
                  #x02
                  (ite (and (= rule@4 #x1b) true) #x03 kswapd0.pc@4)))
      (a!186 (ite (and (= rule@4 #x17) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true) #x00 kswapd0.isolated@4))))
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
      (a!17 (ite (not (= fault0.from_swap@4 #x00))
                 (and (= swapper_space.i_pages@4 fault0.page@4) a!15)
                 (and (= shmem.i_pages@4 fault0.page@4) a!16)))
      (a!24 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!23
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      |folio.used[F0]@4|)))
      (a!29 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!23
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!23
                      |folio.used[F1]@4|)))
      (a!33 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!54
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!54
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!54
                      |PG_lru[F1]@4|)))
      (a!65 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!64
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      |PG_anon_exclusive[F0]@4|)))
      (a!69 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!64
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@4|)))
      (a!74 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!73
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      |folio.mapping[F0]@4|)))
      (a!78 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!73
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!73
                      |folio.mapping[F1]@4|)))
      (a!83 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!82
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      |folio.index[F0]@4|)))
      (a!87 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!82
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!82
                      |folio.index[F1]@4|)))
      (a!92 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 a!91
                 (ite (and (= rule@4 #x1b) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      |folio.data[F0]@4|)))
      (a!97 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!91
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!91
                      |folio.data[F1]@4|)))
      (a!103 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                  a!102
                  (ite (and (= rule@4 #x1b) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |folio.node[F0]@4|)
                       |folio.node[F0]@4|)))
      (a!108 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!102
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!102
                       |folio.node[F1]@4|)))
      (a!114 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!112
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!112
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@4|)))
      (a!125 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!123
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!123
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!123
                       |PG_swapcache[F1]@4|)))
      (a!136 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!134
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!134
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!134
                       |PG_dirty[F1]@4|)))
      (a!145 (ite (and (= rule@4 #x09) true)
                  a!144
                  (ite (and (= rule@4 #x19) true) #x02 shmem.i_pages@4)))
      (a!148 (= swapper_space.i_pages@5
                (ite (and (= rule@4 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@4 #x13) true)
                  #x01
                  (ite (and (= rule@4 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@4 #x12) true)
                  shmem.i_pages@4
                  (ite (and (= rule@4 #x13) true) swapper_space.i_pages@4 a!180)))
      (a!184 (ite (and (= rule@4 #x18) true)
                  #x03
                  (ite (and (= rule@4 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@4 #x00)
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
                     (= fault0.pc@4 #x00)
                     (not (= shmem.i_pages@4 #x02)))
                (and (= rule@4 #x13)
                     (= fault0.pc@4 #x00)
                     (= shmem.i_pages@4 #x02)
                     (not (= swapper_space.i_pages@4 #x02)))
                a!14
                (and (= rule@4 #x15) (= fault0.pc@4 #x02) a!17)
                (and (= rule@4 #x16) (= fault0.pc@4 #x02) (not a!17))
                (and (= rule@4 #x17)
                     (= kswapd0.pc@4 #x00)
                     (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00))
                     (= |PG_locked[F0]@4| #x00))
                (and (= rule@4 #x18) (= kswapd0.pc@4 #x00) a!18)
                a!19
                (and (= rule@4 #x1a) (= kswapd0.pc@4 #x01) (not a!20))
                (and (= rule@4 #x1b) (= kswapd0.pc@4 #x02))))
      (a!25 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!22
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x01))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!52
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!63
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!72
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!81
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@4 #x0f) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!90
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@4 #x0f) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!101
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       a!114)))
      (a!120 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!111
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |PG_swapcache[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       a!125)))
      (a!131 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!122
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       a!136)))
      (a!142 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!133
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@5 (ite (and (= rule@4 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@4 #x14) (= fault0.page@4 #x00))
                  #x02
                  (ite (and (= rule@4 #x15) (= fault0.page@4 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@5 (ite (and (= rule@4 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@5 (ite (and (= rule@4 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!22
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!25)))
      (a!31 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x00))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x01))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!52
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!63
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!72
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!81
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!84)))
      (a!89 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 a!90
                 (ite (and (= rule@4 #x0e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!93)))
      (a!99 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!90
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!98)))
      (a!105 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                  a!101
                  (ite (and (= rule@4 #x0e) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |folio.node[F0]@4|)
                       a!104)))
      (a!110 (ite (and (= rule@4 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!111
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!111
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |page.mapping(shmem)[F0]@4|
                       a!120)))
      (a!127 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!122
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!122
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |PG_swapcache[F0]@4|
                       a!131)))
      (a!138 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!133
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!133
                  (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                       |PG_dirty[F0]@4|
                       a!142)))
      (a!152 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!22
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x00))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!63
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!72
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!81
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                 |folio.data[F0]@4|
                 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                  a!101
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |page.mapping(shmem)[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                  |PG_dirty[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@4|)
                     a!106)))
      (a!118 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@4 #x02) true)
                  #x01
                  (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       a!28
       (= |folio.used[F1]@5| a!31)
       (= |folio.refcount[F0]@5| a!42)
       a!51
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@5| a!68)
       a!71
       (= |folio.mapping[F0]@5| a!77)
       a!80
       (= |folio.index[F0]@5| a!86)
       a!89
       (= |folio.data[F0]@5| a!96)
       a!100
       a!107
       (= |folio.node[F1]@5| a!110)
       (= |page.mapping(shmem)[F0]@5| a!118)
       (= |page.mapping(shmem)[F1]@5| a!121)
       (= |PG_swapcache[F0]@5| a!129)
       (= |PG_swapcache[F1]@5| a!132)
       (= |PG_dirty[F0]@5| a!140)
       (= |PG_dirty[F1]@5| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!155)
       a!159
       (= migrate0.pc@5 a!168)
       a!170
       (= migrate0.newpage@5 a!172)
       (= migrate0.ok@5 a!174)
       (= migrate0.mapping_is_swapper@5 a!175)
       a!176
       a!179
       (= fault0.page@5 a!181)
       (= fault0.from_swap@5 a!182)
       a!185
       (= kswapd0.isolated@5 a!186)
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!19 (and (= rule@5 #x19)
                 (= kswapd0.pc@5 #x01)
                 (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@5| #x00))
                 (not (= |page.mapping(shmem)[F0]@5| #x00))
                 (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!23 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!32 (ite (and (= rule@5 #x17) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x1b) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)))
      (a!43 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!52 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!53 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!55 (ite (and (= rule@5 #x17) true)
                 #x00
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      |PG_lru[F0]@5|)))
      (a!63 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!64 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!72 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!73 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= fault0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!81 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!82 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!90 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!91 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!101 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!102 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!111 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!112 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!113 (ite (and (= rule@5 #x19) true)
                  #x00
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       |page.mapping(shmem)[F0]@5|)))
      (a!122 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!123 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!124 (ite (and (= rule@5 #x19) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       |PG_swapcache[F0]@5|)))
      (a!133 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_dirty[F0]@5|
                       |PG_dirty[F1]@5|)))
      (a!134 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00) |PG_dirty[F0]@5| |PG_dirty[F1]@5|)))
      (a!135 (ite (and (= rule@5 #x19) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       |PG_dirty[F0]@5|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                  migrate0.newpage@5
                  shmem.i_pages@5))
      (a!147 (ite (and (= rule@5 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                       migrate0.newpage@5
                       swapper_space.i_pages@5)
                  (ite (and (= rule@5 #x19) true) #x00 swapper_space.i_pages@5)))
      (a!149 (ite (and (= rule@5 #x19) true)
                  #x00
                  (ite (and (= rule@5 #x1a) true) #x00 |PG_locked[F0]@5|)))
      (a!156 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!160 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!169 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!171 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!173 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!175 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!176 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!177 (ite (and (= rule@5 #x15) true)
                  #x03
                  (ite (and (= rule@5 #x16) true) #x00 fault0.pc@5)))
      (a!180 (ite (and (= rule@5 #x15) true)
                  #x02
                  (ite (and (= rule@5 #x16) true) #x02 fault0.page@5)))
      (a!182 (ite (and (= rule@5 #x12) true)
                  #x00
                  (ite (and (= rule@5 #x13) true) #x01 fault0.from_swap@5)))
      (a!183 (ite (and (= rule@5 #x1a) true)
                  #x02
                  (ite (and (= rule@5 #x1b) true) #x03 kswapd0.pc@5)))
      (a!186 (ite (and (= rule@5 #x17) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true) #x00 kswapd0.isolated@5))))
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
      (a!17 (ite (not (= fault0.from_swap@5 #x00))
                 (and (= swapper_space.i_pages@5 fault0.page@5) a!15)
                 (and (= shmem.i_pages@5 fault0.page@5) a!16)))
      (a!24 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!23
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      |folio.used[F0]@5|)))
      (a!29 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!23
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!23
                      |folio.used[F1]@5|)))
      (a!33 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!54
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!54
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!54
                      |PG_lru[F1]@5|)))
      (a!65 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!64
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      |PG_anon_exclusive[F0]@5|)))
      (a!69 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!64
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@5|)))
      (a!74 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!73
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      |folio.mapping[F0]@5|)))
      (a!78 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!73
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!73
                      |folio.mapping[F1]@5|)))
      (a!83 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!82
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      |folio.index[F0]@5|)))
      (a!87 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!82
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!82
                      |folio.index[F1]@5|)))
      (a!92 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 a!91
                 (ite (and (= rule@5 #x1b) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      |folio.data[F0]@5|)))
      (a!97 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!91
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!91
                      |folio.data[F1]@5|)))
      (a!103 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                  a!102
                  (ite (and (= rule@5 #x1b) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |folio.node[F0]@5|)
                       |folio.node[F0]@5|)))
      (a!108 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!102
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!102
                       |folio.node[F1]@5|)))
      (a!114 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!112
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!112
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@5|)))
      (a!125 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!123
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!123
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!123
                       |PG_swapcache[F1]@5|)))
      (a!136 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!134
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!134
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!134
                       |PG_dirty[F1]@5|)))
      (a!145 (ite (and (= rule@5 #x09) true)
                  a!144
                  (ite (and (= rule@5 #x19) true) #x02 shmem.i_pages@5)))
      (a!148 (= swapper_space.i_pages@6
                (ite (and (= rule@5 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@5 #x13) true)
                  #x01
                  (ite (and (= rule@5 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@5 #x12) true)
                  shmem.i_pages@5
                  (ite (and (= rule@5 #x13) true) swapper_space.i_pages@5 a!180)))
      (a!184 (ite (and (= rule@5 #x18) true)
                  #x03
                  (ite (and (= rule@5 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@5 #x00)
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
                     (= fault0.pc@5 #x00)
                     (not (= shmem.i_pages@5 #x02)))
                (and (= rule@5 #x13)
                     (= fault0.pc@5 #x00)
                     (= shmem.i_pages@5 #x02)
                     (not (= swapper_space.i_pages@5 #x02)))
                a!14
                (and (= rule@5 #x15) (= fault0.pc@5 #x02) a!17)
                (and (= rule@5 #x16) (= fault0.pc@5 #x02) (not a!17))
                (and (= rule@5 #x17)
                     (= kswapd0.pc@5 #x00)
                     (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00))
                     (= |PG_locked[F0]@5| #x00))
                (and (= rule@5 #x18) (= kswapd0.pc@5 #x00) a!18)
                a!19
                (and (= rule@5 #x1a) (= kswapd0.pc@5 #x01) (not a!20))
                (and (= rule@5 #x1b) (= kswapd0.pc@5 #x02))))
      (a!25 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!22
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x01))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!52
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!63
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!72
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!81
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@5 #x0f) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!90
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@5 #x0f) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!101
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       a!114)))
      (a!120 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!111
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |PG_swapcache[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       a!125)))
      (a!131 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!122
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       a!136)))
      (a!142 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!133
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@6 (ite (and (= rule@5 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@5 #x14) (= fault0.page@5 #x00))
                  #x02
                  (ite (and (= rule@5 #x15) (= fault0.page@5 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@6 (ite (and (= rule@5 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@6 (ite (and (= rule@5 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!22
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!25)))
      (a!31 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x00))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x01))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!52
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!63
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!72
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!81
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!84)))
      (a!89 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 a!90
                 (ite (and (= rule@5 #x0e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!93)))
      (a!99 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!90
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!98)))
      (a!105 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                  a!101
                  (ite (and (= rule@5 #x0e) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |folio.node[F0]@5|)
                       a!104)))
      (a!110 (ite (and (= rule@5 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!111
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!111
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |page.mapping(shmem)[F0]@5|
                       a!120)))
      (a!127 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!122
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!122
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |PG_swapcache[F0]@5|
                       a!131)))
      (a!138 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!133
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!133
                  (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                       |PG_dirty[F0]@5|
                       a!142)))
      (a!152 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!22
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x00))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!63
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!72
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!81
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                 |folio.data[F0]@5|
                 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                  a!101
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |page.mapping(shmem)[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                  |PG_dirty[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@5|)
                     a!106)))
      (a!118 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@5 #x02) true)
                  #x01
                  (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       a!28
       (= |folio.used[F1]@6| a!31)
       (= |folio.refcount[F0]@6| a!42)
       a!51
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@6| a!68)
       a!71
       (= |folio.mapping[F0]@6| a!77)
       a!80
       (= |folio.index[F0]@6| a!86)
       a!89
       (= |folio.data[F0]@6| a!96)
       a!100
       a!107
       (= |folio.node[F1]@6| a!110)
       (= |page.mapping(shmem)[F0]@6| a!118)
       (= |page.mapping(shmem)[F1]@6| a!121)
       (= |PG_swapcache[F0]@6| a!129)
       (= |PG_swapcache[F1]@6| a!132)
       (= |PG_dirty[F0]@6| a!140)
       (= |PG_dirty[F1]@6| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!155)
       a!159
       (= migrate0.pc@6 a!168)
       a!170
       (= migrate0.newpage@6 a!172)
       (= migrate0.ok@6 a!174)
       (= migrate0.mapping_is_swapper@6 a!175)
       a!176
       a!179
       (= fault0.page@6 a!181)
       (= fault0.from_swap@6 a!182)
       a!185
       (= kswapd0.isolated@6 a!186)
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!19 (and (= rule@6 #x19)
                 (= kswapd0.pc@6 #x01)
                 (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@6| #x00))
                 (not (= |page.mapping(shmem)[F0]@6| #x00))
                 (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!23 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!32 (ite (and (= rule@6 #x17) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x1b) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)))
      (a!43 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!52 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!53 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!55 (ite (and (= rule@6 #x17) true)
                 #x00
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      |PG_lru[F0]@6|)))
      (a!63 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!64 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!72 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!73 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= fault0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!81 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!82 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!90 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!91 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!101 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!102 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!111 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!112 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!113 (ite (and (= rule@6 #x19) true)
                  #x00
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       |page.mapping(shmem)[F0]@6|)))
      (a!122 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!123 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!124 (ite (and (= rule@6 #x19) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       |PG_swapcache[F0]@6|)))
      (a!133 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_dirty[F0]@6|
                       |PG_dirty[F1]@6|)))
      (a!134 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00) |PG_dirty[F0]@6| |PG_dirty[F1]@6|)))
      (a!135 (ite (and (= rule@6 #x19) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       |PG_dirty[F0]@6|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                  migrate0.newpage@6
                  shmem.i_pages@6))
      (a!147 (ite (and (= rule@6 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                       migrate0.newpage@6
                       swapper_space.i_pages@6)
                  (ite (and (= rule@6 #x19) true) #x00 swapper_space.i_pages@6)))
      (a!149 (ite (and (= rule@6 #x19) true)
                  #x00
                  (ite (and (= rule@6 #x1a) true) #x00 |PG_locked[F0]@6|)))
      (a!156 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!160 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!169 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!171 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!173 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!175 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!176 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!177 (ite (and (= rule@6 #x15) true)
                  #x03
                  (ite (and (= rule@6 #x16) true) #x00 fault0.pc@6)))
      (a!180 (ite (and (= rule@6 #x15) true)
                  #x02
                  (ite (and (= rule@6 #x16) true) #x02 fault0.page@6)))
      (a!182 (ite (and (= rule@6 #x12) true)
                  #x00
                  (ite (and (= rule@6 #x13) true) #x01 fault0.from_swap@6)))
      (a!183 (ite (and (= rule@6 #x1a) true)
                  #x02
                  (ite (and (= rule@6 #x1b) true) #x03 kswapd0.pc@6)))
      (a!186 (ite (and (= rule@6 #x17) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true) #x00 kswapd0.isolated@6))))
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
      (a!17 (ite (not (= fault0.from_swap@6 #x00))
                 (and (= swapper_space.i_pages@6 fault0.page@6) a!15)
                 (and (= shmem.i_pages@6 fault0.page@6) a!16)))
      (a!24 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!23
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      |folio.used[F0]@6|)))
      (a!29 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!23
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!23
                      |folio.used[F1]@6|)))
      (a!33 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!54
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!54
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!54
                      |PG_lru[F1]@6|)))
      (a!65 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!64
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      |PG_anon_exclusive[F0]@6|)))
      (a!69 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!64
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@6|)))
      (a!74 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!73
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      |folio.mapping[F0]@6|)))
      (a!78 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!73
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!73
                      |folio.mapping[F1]@6|)))
      (a!83 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!82
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      |folio.index[F0]@6|)))
      (a!87 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!82
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!82
                      |folio.index[F1]@6|)))
      (a!92 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 a!91
                 (ite (and (= rule@6 #x1b) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      |folio.data[F0]@6|)))
      (a!97 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!91
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!91
                      |folio.data[F1]@6|)))
      (a!103 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                  a!102
                  (ite (and (= rule@6 #x1b) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |folio.node[F0]@6|)
                       |folio.node[F0]@6|)))
      (a!108 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!102
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!102
                       |folio.node[F1]@6|)))
      (a!114 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!112
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!112
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@6|)))
      (a!125 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!123
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!123
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!123
                       |PG_swapcache[F1]@6|)))
      (a!136 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!134
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!134
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!134
                       |PG_dirty[F1]@6|)))
      (a!145 (ite (and (= rule@6 #x09) true)
                  a!144
                  (ite (and (= rule@6 #x19) true) #x02 shmem.i_pages@6)))
      (a!148 (= swapper_space.i_pages@7
                (ite (and (= rule@6 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@6 #x13) true)
                  #x01
                  (ite (and (= rule@6 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@6 #x12) true)
                  shmem.i_pages@6
                  (ite (and (= rule@6 #x13) true) swapper_space.i_pages@6 a!180)))
      (a!184 (ite (and (= rule@6 #x18) true)
                  #x03
                  (ite (and (= rule@6 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@6 #x00)
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
                     (= fault0.pc@6 #x00)
                     (not (= shmem.i_pages@6 #x02)))
                (and (= rule@6 #x13)
                     (= fault0.pc@6 #x00)
                     (= shmem.i_pages@6 #x02)
                     (not (= swapper_space.i_pages@6 #x02)))
                a!14
                (and (= rule@6 #x15) (= fault0.pc@6 #x02) a!17)
                (and (= rule@6 #x16) (= fault0.pc@6 #x02) (not a!17))
                (and (= rule@6 #x17)
                     (= kswapd0.pc@6 #x00)
                     (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00))
                     (= |PG_locked[F0]@6| #x00))
                (and (= rule@6 #x18) (= kswapd0.pc@6 #x00) a!18)
                a!19
                (and (= rule@6 #x1a) (= kswapd0.pc@6 #x01) (not a!20))
                (and (= rule@6 #x1b) (= kswapd0.pc@6 #x02))))
      (a!25 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!22
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x01))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!52
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!63
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!72
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!81
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@6 #x0f) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!90
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@6 #x0f) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!101
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       a!114)))
      (a!120 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!111
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |PG_swapcache[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       a!125)))
      (a!131 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!122
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       a!136)))
      (a!142 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!133
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@7 (ite (and (= rule@6 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@6 #x14) (= fault0.page@6 #x00))
                  #x02
                  (ite (and (= rule@6 #x15) (= fault0.page@6 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@7 (ite (and (= rule@6 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@7 (ite (and (= rule@6 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!22
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!25)))
      (a!31 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x00))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x01))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!52
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!63
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!72
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!81
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!84)))
      (a!89 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 a!90
                 (ite (and (= rule@6 #x0e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!93)))
      (a!99 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!90
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!98)))
      (a!105 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                  a!101
                  (ite (and (= rule@6 #x0e) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |folio.node[F0]@6|)
                       a!104)))
      (a!110 (ite (and (= rule@6 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!111
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!111
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |page.mapping(shmem)[F0]@6|
                       a!120)))
      (a!127 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!122
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!122
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |PG_swapcache[F0]@6|
                       a!131)))
      (a!138 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!133
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!133
                  (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                       |PG_dirty[F0]@6|
                       a!142)))
      (a!152 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!22
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x00))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!63
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!72
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!81
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                 |folio.data[F0]@6|
                 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                  a!101
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |page.mapping(shmem)[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                  |PG_dirty[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@6|)
                     a!106)))
      (a!118 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@6 #x02) true)
                  #x01
                  (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       a!28
       (= |folio.used[F1]@7| a!31)
       (= |folio.refcount[F0]@7| a!42)
       a!51
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@7| a!68)
       a!71
       (= |folio.mapping[F0]@7| a!77)
       a!80
       (= |folio.index[F0]@7| a!86)
       a!89
       (= |folio.data[F0]@7| a!96)
       a!100
       a!107
       (= |folio.node[F1]@7| a!110)
       (= |page.mapping(shmem)[F0]@7| a!118)
       (= |page.mapping(shmem)[F1]@7| a!121)
       (= |PG_swapcache[F0]@7| a!129)
       (= |PG_swapcache[F1]@7| a!132)
       (= |PG_dirty[F0]@7| a!140)
       (= |PG_dirty[F1]@7| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!155)
       a!159
       (= migrate0.pc@7 a!168)
       a!170
       (= migrate0.newpage@7 a!172)
       (= migrate0.ok@7 a!174)
       (= migrate0.mapping_is_swapper@7 a!175)
       a!176
       a!179
       (= fault0.page@7 a!181)
       (= fault0.from_swap@7 a!182)
       a!185
       (= kswapd0.isolated@7 a!186)
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!19 (and (= rule@7 #x19)
                 (= kswapd0.pc@7 #x01)
                 (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@7| #x00))
                 (not (= |page.mapping(shmem)[F0]@7| #x00))
                 (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!23 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!32 (ite (and (= rule@7 #x17) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x1b) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)))
      (a!43 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!52 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!53 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!55 (ite (and (= rule@7 #x17) true)
                 #x00
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      |PG_lru[F0]@7|)))
      (a!63 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!64 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!72 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!73 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= fault0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!81 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!82 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!90 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!91 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!101 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!102 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!111 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!112 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!113 (ite (and (= rule@7 #x19) true)
                  #x00
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       |page.mapping(shmem)[F0]@7|)))
      (a!122 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!123 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!124 (ite (and (= rule@7 #x19) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       |PG_swapcache[F0]@7|)))
      (a!133 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_dirty[F0]@7|
                       |PG_dirty[F1]@7|)))
      (a!134 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00) |PG_dirty[F0]@7| |PG_dirty[F1]@7|)))
      (a!135 (ite (and (= rule@7 #x19) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       |PG_dirty[F0]@7|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                  migrate0.newpage@7
                  shmem.i_pages@7))
      (a!147 (ite (and (= rule@7 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                       migrate0.newpage@7
                       swapper_space.i_pages@7)
                  (ite (and (= rule@7 #x19) true) #x00 swapper_space.i_pages@7)))
      (a!149 (ite (and (= rule@7 #x19) true)
                  #x00
                  (ite (and (= rule@7 #x1a) true) #x00 |PG_locked[F0]@7|)))
      (a!156 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!160 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!169 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!171 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!173 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!175 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!176 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!177 (ite (and (= rule@7 #x15) true)
                  #x03
                  (ite (and (= rule@7 #x16) true) #x00 fault0.pc@7)))
      (a!180 (ite (and (= rule@7 #x15) true)
                  #x02
                  (ite (and (= rule@7 #x16) true) #x02 fault0.page@7)))
      (a!182 (ite (and (= rule@7 #x12) true)
                  #x00
                  (ite (and (= rule@7 #x13) true) #x01 fault0.from_swap@7)))
      (a!183 (ite (and (= rule@7 #x1a) true)
                  #x02
                  (ite (and (= rule@7 #x1b) true) #x03 kswapd0.pc@7)))
      (a!186 (ite (and (= rule@7 #x17) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true) #x00 kswapd0.isolated@7))))
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
      (a!17 (ite (not (= fault0.from_swap@7 #x00))
                 (and (= swapper_space.i_pages@7 fault0.page@7) a!15)
                 (and (= shmem.i_pages@7 fault0.page@7) a!16)))
      (a!24 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!23
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      |folio.used[F0]@7|)))
      (a!29 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!23
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!23
                      |folio.used[F1]@7|)))
      (a!33 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!54
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!54
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!54
                      |PG_lru[F1]@7|)))
      (a!65 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!64
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      |PG_anon_exclusive[F0]@7|)))
      (a!69 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!64
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@7|)))
      (a!74 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!73
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      |folio.mapping[F0]@7|)))
      (a!78 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!73
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!73
                      |folio.mapping[F1]@7|)))
      (a!83 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!82
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      |folio.index[F0]@7|)))
      (a!87 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!82
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!82
                      |folio.index[F1]@7|)))
      (a!92 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 a!91
                 (ite (and (= rule@7 #x1b) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      |folio.data[F0]@7|)))
      (a!97 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!91
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!91
                      |folio.data[F1]@7|)))
      (a!103 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                  a!102
                  (ite (and (= rule@7 #x1b) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |folio.node[F0]@7|)
                       |folio.node[F0]@7|)))
      (a!108 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!102
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!102
                       |folio.node[F1]@7|)))
      (a!114 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!112
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!112
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@7|)))
      (a!125 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!123
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!123
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!123
                       |PG_swapcache[F1]@7|)))
      (a!136 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!134
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!134
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!134
                       |PG_dirty[F1]@7|)))
      (a!145 (ite (and (= rule@7 #x09) true)
                  a!144
                  (ite (and (= rule@7 #x19) true) #x02 shmem.i_pages@7)))
      (a!148 (= swapper_space.i_pages@8
                (ite (and (= rule@7 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@7 #x13) true)
                  #x01
                  (ite (and (= rule@7 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@7 #x12) true)
                  shmem.i_pages@7
                  (ite (and (= rule@7 #x13) true) swapper_space.i_pages@7 a!180)))
      (a!184 (ite (and (= rule@7 #x18) true)
                  #x03
                  (ite (and (= rule@7 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@7 #x00)
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
                     (= fault0.pc@7 #x00)
                     (not (= shmem.i_pages@7 #x02)))
                (and (= rule@7 #x13)
                     (= fault0.pc@7 #x00)
                     (= shmem.i_pages@7 #x02)
                     (not (= swapper_space.i_pages@7 #x02)))
                a!14
                (and (= rule@7 #x15) (= fault0.pc@7 #x02) a!17)
                (and (= rule@7 #x16) (= fault0.pc@7 #x02) (not a!17))
                (and (= rule@7 #x17)
                     (= kswapd0.pc@7 #x00)
                     (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00))
                     (= |PG_locked[F0]@7| #x00))
                (and (= rule@7 #x18) (= kswapd0.pc@7 #x00) a!18)
                a!19
                (and (= rule@7 #x1a) (= kswapd0.pc@7 #x01) (not a!20))
                (and (= rule@7 #x1b) (= kswapd0.pc@7 #x02))))
      (a!25 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!22
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x01))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!52
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!63
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!72
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!81
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@7 #x0f) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!90
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@7 #x0f) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!101
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       a!114)))
      (a!120 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!111
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |PG_swapcache[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       a!125)))
      (a!131 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!122
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       a!136)))
      (a!142 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!133
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@8 (ite (and (= rule@7 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@7 #x14) (= fault0.page@7 #x00))
                  #x02
                  (ite (and (= rule@7 #x15) (= fault0.page@7 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@8 (ite (and (= rule@7 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@8 (ite (and (= rule@7 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!22
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!25)))
      (a!31 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x00))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x01))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!52
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!63
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!72
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!81
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!84)))
      (a!89 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 a!90
                 (ite (and (= rule@7 #x0e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!93)))
      (a!99 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!90
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!98)))
      (a!105 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                  a!101
                  (ite (and (= rule@7 #x0e) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |folio.node[F0]@7|)
                       a!104)))
      (a!110 (ite (and (= rule@7 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!111
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!111
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |page.mapping(shmem)[F0]@7|
                       a!120)))
      (a!127 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!122
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!122
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |PG_swapcache[F0]@7|
                       a!131)))
      (a!138 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!133
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!133
                  (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                       |PG_dirty[F0]@7|
                       a!142)))
      (a!152 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!22
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x00))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!63
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!72
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!81
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                 |folio.data[F0]@7|
                 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                  a!101
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |page.mapping(shmem)[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                  |PG_dirty[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@7|)
                     a!106)))
      (a!118 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@7 #x02) true)
                  #x01
                  (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       a!28
       (= |folio.used[F1]@8| a!31)
       (= |folio.refcount[F0]@8| a!42)
       a!51
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@8| a!68)
       a!71
       (= |folio.mapping[F0]@8| a!77)
       a!80
       (= |folio.index[F0]@8| a!86)
       a!89
       (= |folio.data[F0]@8| a!96)
       a!100
       a!107
       (= |folio.node[F1]@8| a!110)
       (= |page.mapping(shmem)[F0]@8| a!118)
       (= |page.mapping(shmem)[F1]@8| a!121)
       (= |PG_swapcache[F0]@8| a!129)
       (= |PG_swapcache[F1]@8| a!132)
       (= |PG_dirty[F0]@8| a!140)
       (= |PG_dirty[F1]@8| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!155)
       a!159
       (= migrate0.pc@8 a!168)
       a!170
       (= migrate0.newpage@8 a!172)
       (= migrate0.ok@8 a!174)
       (= migrate0.mapping_is_swapper@8 a!175)
       a!176
       a!179
       (= fault0.page@8 a!181)
       (= fault0.from_swap@8 a!182)
       a!185
       (= kswapd0.isolated@8 a!186)
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!19 (and (= rule@8 #x19)
                 (= kswapd0.pc@8 #x01)
                 (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@8| #x00))
                 (not (= |page.mapping(shmem)[F0]@8| #x00))
                 (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!23 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!32 (ite (and (= rule@8 #x17) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x1b) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      |folio.refcount[F0]@8|)))
      (a!43 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!52 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!53 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!55 (ite (and (= rule@8 #x17) true)
                 #x00
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      |PG_lru[F0]@8|)))
      (a!63 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!64 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!72 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!73 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= fault0.page@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!81 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!82 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!90 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!91 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!101 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!102 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!111 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!112 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!113 (ite (and (= rule@8 #x19) true)
                  #x00
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       |page.mapping(shmem)[F0]@8|)))
      (a!122 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!123 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!124 (ite (and (= rule@8 #x19) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       |PG_swapcache[F0]@8|)))
      (a!133 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_dirty[F0]@8|
                       |PG_dirty[F1]@8|)))
      (a!134 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00) |PG_dirty[F0]@8| |PG_dirty[F1]@8|)))
      (a!135 (ite (and (= rule@8 #x19) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       |PG_dirty[F0]@8|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                  migrate0.newpage@8
                  shmem.i_pages@8))
      (a!147 (ite (and (= rule@8 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                       migrate0.newpage@8
                       swapper_space.i_pages@8)
                  (ite (and (= rule@8 #x19) true) #x00 swapper_space.i_pages@8)))
      (a!149 (ite (and (= rule@8 #x19) true)
                  #x00
                  (ite (and (= rule@8 #x1a) true) #x00 |PG_locked[F0]@8|)))
      (a!156 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!160 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!169 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!171 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!173 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!175 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!176 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!177 (ite (and (= rule@8 #x15) true)
                  #x03
                  (ite (and (= rule@8 #x16) true) #x00 fault0.pc@8)))
      (a!180 (ite (and (= rule@8 #x15) true)
                  #x02
                  (ite (and (= rule@8 #x16) true) #x02 fault0.page@8)))
      (a!182 (ite (and (= rule@8 #x12) true)
                  #x00
                  (ite (and (= rule@8 #x13) true) #x01 fault0.from_swap@8)))
      (a!183 (ite (and (= rule@8 #x1a) true)
                  #x02
                  (ite (and (= rule@8 #x1b) true) #x03 kswapd0.pc@8)))
      (a!186 (ite (and (= rule@8 #x17) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true) #x00 kswapd0.isolated@8))))
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
      (a!17 (ite (not (= fault0.from_swap@8 #x00))
                 (and (= swapper_space.i_pages@8 fault0.page@8) a!15)
                 (and (= shmem.i_pages@8 fault0.page@8) a!16)))
      (a!24 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!23
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      |folio.used[F0]@8|)))
      (a!29 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!23
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!23
                      |folio.used[F1]@8|)))
      (a!33 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!54
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!54
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!54
                      |PG_lru[F1]@8|)))
      (a!65 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!64
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      |PG_anon_exclusive[F0]@8|)))
      (a!69 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!64
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@8|)))
      (a!74 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!73
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      |folio.mapping[F0]@8|)))
      (a!78 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!73
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!73
                      |folio.mapping[F1]@8|)))
      (a!83 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!82
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      |folio.index[F0]@8|)))
      (a!87 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!82
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!82
                      |folio.index[F1]@8|)))
      (a!92 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 a!91
                 (ite (and (= rule@8 #x1b) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      |folio.data[F0]@8|)))
      (a!97 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!91
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!91
                      |folio.data[F1]@8|)))
      (a!103 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                  a!102
                  (ite (and (= rule@8 #x1b) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |folio.node[F0]@8|)
                       |folio.node[F0]@8|)))
      (a!108 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!102
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!102
                       |folio.node[F1]@8|)))
      (a!114 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!112
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!112
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@8|)))
      (a!125 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!123
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!123
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!123
                       |PG_swapcache[F1]@8|)))
      (a!136 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!134
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!134
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!134
                       |PG_dirty[F1]@8|)))
      (a!145 (ite (and (= rule@8 #x09) true)
                  a!144
                  (ite (and (= rule@8 #x19) true) #x02 shmem.i_pages@8)))
      (a!148 (= swapper_space.i_pages@9
                (ite (and (= rule@8 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@8 #x13) true)
                  #x01
                  (ite (and (= rule@8 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@8 #x12) true)
                  shmem.i_pages@8
                  (ite (and (= rule@8 #x13) true) swapper_space.i_pages@8 a!180)))
      (a!184 (ite (and (= rule@8 #x18) true)
                  #x03
                  (ite (and (= rule@8 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@8 #x00)
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
                     (= fault0.pc@8 #x00)
                     (not (= shmem.i_pages@8 #x02)))
                (and (= rule@8 #x13)
                     (= fault0.pc@8 #x00)
                     (= shmem.i_pages@8 #x02)
                     (not (= swapper_space.i_pages@8 #x02)))
                a!14
                (and (= rule@8 #x15) (= fault0.pc@8 #x02) a!17)
                (and (= rule@8 #x16) (= fault0.pc@8 #x02) (not a!17))
                (and (= rule@8 #x17)
                     (= kswapd0.pc@8 #x00)
                     (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00))
                     (= |PG_locked[F0]@8| #x00))
                (and (= rule@8 #x18) (= kswapd0.pc@8 #x00) a!18)
                a!19
                (and (= rule@8 #x1a) (= kswapd0.pc@8 #x01) (not a!20))
                (and (= rule@8 #x1b) (= kswapd0.pc@8 #x02))))
      (a!25 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!22
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x01))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!52
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!63
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!72
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!81
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@8 #x0f) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!90
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@8 #x0f) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!101
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       a!114)))
      (a!120 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!111
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |PG_swapcache[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       a!125)))
      (a!131 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!122
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       a!136)))
      (a!142 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!133
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@9 (ite (and (= rule@8 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@8 #x14) (= fault0.page@8 #x00))
                  #x02
                  (ite (and (= rule@8 #x15) (= fault0.page@8 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@9 (ite (and (= rule@8 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@9 (ite (and (= rule@8 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!22
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!25)))
      (a!31 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x00))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x01))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!52
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!63
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!72
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!81
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!84)))
      (a!89 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 a!90
                 (ite (and (= rule@8 #x0e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!93)))
      (a!99 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!90
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!98)))
      (a!105 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                  a!101
                  (ite (and (= rule@8 #x0e) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |folio.node[F0]@8|)
                       a!104)))
      (a!110 (ite (and (= rule@8 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!111
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!111
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |page.mapping(shmem)[F0]@8|
                       a!120)))
      (a!127 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!122
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!122
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |PG_swapcache[F0]@8|
                       a!131)))
      (a!138 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!133
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!133
                  (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                       |PG_dirty[F0]@8|
                       a!142)))
      (a!152 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!22
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x00))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!63
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!72
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!81
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                 |folio.data[F0]@8|
                 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                  a!101
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |page.mapping(shmem)[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                  |PG_dirty[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@8|)
                     a!106)))
      (a!118 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@8 #x02) true)
                  #x01
                  (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       a!28
       (= |folio.used[F1]@9| a!31)
       (= |folio.refcount[F0]@9| a!42)
       a!51
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@9| a!68)
       a!71
       (= |folio.mapping[F0]@9| a!77)
       a!80
       (= |folio.index[F0]@9| a!86)
       a!89
       (= |folio.data[F0]@9| a!96)
       a!100
       a!107
       (= |folio.node[F1]@9| a!110)
       (= |page.mapping(shmem)[F0]@9| a!118)
       (= |page.mapping(shmem)[F1]@9| a!121)
       (= |PG_swapcache[F0]@9| a!129)
       (= |PG_swapcache[F1]@9| a!132)
       (= |PG_dirty[F0]@9| a!140)
       (= |PG_dirty[F1]@9| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       (= |PG_locked[F0]@9| a!155)
       a!159
       (= migrate0.pc@9 a!168)
       a!170
       (= migrate0.newpage@9 a!172)
       (= migrate0.ok@9 a!174)
       (= migrate0.mapping_is_swapper@9 a!175)
       a!176
       a!179
       (= fault0.page@9 a!181)
       (= fault0.from_swap@9 a!182)
       a!185
       (= kswapd0.isolated@9 a!186)
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!19 (and (= rule@9 #x19)
                 (= kswapd0.pc@9 #x01)
                 (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@9| #x00))
                 (not (= |page.mapping(shmem)[F0]@9| #x00))
                 (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!23 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!32 (ite (and (= rule@9 #x17) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x1b) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      |folio.refcount[F0]@9|)))
      (a!43 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!52 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!53 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!55 (ite (and (= rule@9 #x17) true)
                 #x00
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      |PG_lru[F0]@9|)))
      (a!63 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!64 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!72 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!73 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= fault0.page@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!81 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!82 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!90 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!91 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!101 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!102 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!111 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!112 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!113 (ite (and (= rule@9 #x19) true)
                  #x00
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       |page.mapping(shmem)[F0]@9|)))
      (a!122 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!123 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!124 (ite (and (= rule@9 #x19) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       |PG_swapcache[F0]@9|)))
      (a!133 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_dirty[F0]@9|
                       |PG_dirty[F1]@9|)))
      (a!134 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00) |PG_dirty[F0]@9| |PG_dirty[F1]@9|)))
      (a!135 (ite (and (= rule@9 #x19) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       |PG_dirty[F0]@9|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                  migrate0.newpage@9
                  shmem.i_pages@9))
      (a!147 (ite (and (= rule@9 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                       migrate0.newpage@9
                       swapper_space.i_pages@9)
                  (ite (and (= rule@9 #x19) true) #x00 swapper_space.i_pages@9)))
      (a!149 (ite (and (= rule@9 #x19) true)
                  #x00
                  (ite (and (= rule@9 #x1a) true) #x00 |PG_locked[F0]@9|)))
      (a!156 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!160 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!169 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!171 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!173 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!175 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!176 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!177 (ite (and (= rule@9 #x15) true)
                  #x03
                  (ite (and (= rule@9 #x16) true) #x00 fault0.pc@9)))
      (a!180 (ite (and (= rule@9 #x15) true)
                  #x02
                  (ite (and (= rule@9 #x16) true) #x02 fault0.page@9)))
      (a!182 (ite (and (= rule@9 #x12) true)
                  #x00
                  (ite (and (= rule@9 #x13) true) #x01 fault0.from_swap@9)))
      (a!183 (ite (and (= rule@9 #x1a) true)
                  #x02
                  (ite (and (= rule@9 #x1b) true) #x03 kswapd0.pc@9)))
      (a!186 (ite (and (= rule@9 #x17) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true) #x00 kswapd0.isolated@9))))
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
      (a!17 (ite (not (= fault0.from_swap@9 #x00))
                 (and (= swapper_space.i_pages@9 fault0.page@9) a!15)
                 (and (= shmem.i_pages@9 fault0.page@9) a!16)))
      (a!24 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!23
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      |folio.used[F0]@9|)))
      (a!29 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!23
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!23
                      |folio.used[F1]@9|)))
      (a!33 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!54
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!54
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!54
                      |PG_lru[F1]@9|)))
      (a!65 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!64
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      |PG_anon_exclusive[F0]@9|)))
      (a!69 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!64
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@9|)))
      (a!74 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!73
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      |folio.mapping[F0]@9|)))
      (a!78 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!73
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!73
                      |folio.mapping[F1]@9|)))
      (a!83 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!82
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      |folio.index[F0]@9|)))
      (a!87 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!82
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!82
                      |folio.index[F1]@9|)))
      (a!92 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 a!91
                 (ite (and (= rule@9 #x1b) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      |folio.data[F0]@9|)))
      (a!97 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!91
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!91
                      |folio.data[F1]@9|)))
      (a!103 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                  a!102
                  (ite (and (= rule@9 #x1b) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |folio.node[F0]@9|)
                       |folio.node[F0]@9|)))
      (a!108 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!102
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!102
                       |folio.node[F1]@9|)))
      (a!114 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!112
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!112 a!113)))
      (a!119 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!112
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@9|)))
      (a!125 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!123
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!123 a!124)))
      (a!130 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!123
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!123
                       |PG_swapcache[F1]@9|)))
      (a!136 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!134
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00)) a!134 a!135)))
      (a!141 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!134
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!134
                       |PG_dirty[F1]@9|)))
      (a!145 (ite (and (= rule@9 #x09) true)
                  a!144
                  (ite (and (= rule@9 #x19) true) #x02 shmem.i_pages@9)))
      (a!148 (= swapper_space.i_pages@10
                (ite (and (= rule@9 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x01)) #x02 a!156)))
      (a!161 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@9 #x13) true)
                  #x01
                  (ite (and (= rule@9 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@9 #x12) true)
                  shmem.i_pages@9
                  (ite (and (= rule@9 #x13) true) swapper_space.i_pages@9 a!180)))
      (a!184 (ite (and (= rule@9 #x18) true)
                  #x03
                  (ite (and (= rule@9 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@9 #x00)
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
                     (= fault0.pc@9 #x00)
                     (not (= shmem.i_pages@9 #x02)))
                (and (= rule@9 #x13)
                     (= fault0.pc@9 #x00)
                     (= shmem.i_pages@9 #x02)
                     (not (= swapper_space.i_pages@9 #x02)))
                a!14
                (and (= rule@9 #x15) (= fault0.pc@9 #x02) a!17)
                (and (= rule@9 #x16) (= fault0.pc@9 #x02) (not a!17))
                (and (= rule@9 #x17)
                     (= kswapd0.pc@9 #x00)
                     (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00))
                     (= |PG_locked[F0]@9| #x00))
                (and (= rule@9 #x18) (= kswapd0.pc@9 #x00) a!18)
                a!19
                (and (= rule@9 #x1a) (= kswapd0.pc@9 #x01) (not a!20))
                (and (= rule@9 #x1b) (= kswapd0.pc@9 #x02))))
      (a!25 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!22
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x01))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!52
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!63
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!72
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!81
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@9 #x0f) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!90
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@9 #x0f) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) a!102 a!103)))
      (a!109 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!101
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       a!114)))
      (a!120 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!111
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |PG_swapcache[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       a!125)))
      (a!131 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!122
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       a!136)))
      (a!142 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!133
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@10 (ite (and (= rule@9 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@9 #x14) (= fault0.page@9 #x00))
                  #x02
                  (ite (and (= rule@9 #x15) (= fault0.page@9 #x00)) #x00 a!150)))
      (a!158 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@10 (ite (and (= rule@9 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@10 (ite (and (= rule@9 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!22
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!25)))
      (a!31 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x00))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x01))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!52
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!52 a!61)))
      (a!67 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!63
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!63 a!70)))
      (a!76 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!72
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!72 a!79)))
      (a!85 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!81
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!84)))
      (a!89 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!81 a!88)))
      (a!94 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 a!90
                 (ite (and (= rule@9 #x0e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!93)))
      (a!99 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!90
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!98)))
      (a!105 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                  a!101
                  (ite (and (= rule@9 #x0e) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |folio.node[F0]@9|)
                       a!104)))
      (a!110 (ite (and (= rule@9 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!111
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!111
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |page.mapping(shmem)[F0]@9|
                       a!120)))
      (a!127 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!122
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!122
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |PG_swapcache[F0]@9|
                       a!131)))
      (a!138 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!133
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!133
                  (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                       |PG_dirty[F0]@9|
                       a!142)))
      (a!152 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!22
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x00))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!63
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!72
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!81
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                 |folio.data[F0]@9|
                 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                  a!101
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |page.mapping(shmem)[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                  |PG_dirty[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@9|)
                     a!106)))
      (a!118 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@9 #x02) true)
                  #x01
                  (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       a!28
       (= |folio.used[F1]@10| a!31)
       (= |folio.refcount[F0]@10| a!42)
       a!51
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@10| a!68)
       a!71
       (= |folio.mapping[F0]@10| a!77)
       a!80
       (= |folio.index[F0]@10| a!86)
       a!89
       (= |folio.data[F0]@10| a!96)
       a!100
       a!107
       (= |folio.node[F1]@10| a!110)
       (= |page.mapping(shmem)[F0]@10| a!118)
       (= |page.mapping(shmem)[F1]@10| a!121)
       (= |PG_swapcache[F0]@10| a!129)
       (= |PG_swapcache[F1]@10| a!132)
       (= |PG_dirty[F0]@10| a!140)
       (= |PG_dirty[F1]@10| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       (= |PG_locked[F0]@10| a!155)
       a!159
       (= migrate0.pc@10 a!168)
       a!170
       (= migrate0.newpage@10 a!172)
       (= migrate0.ok@10 a!174)
       (= migrate0.mapping_is_swapper@10 a!175)
       a!176
       a!179
       (= fault0.page@10 a!181)
       (= fault0.from_swap@10 a!182)
       a!185
       (= kswapd0.isolated@10 a!186)
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!19 (and (= rule@10 #x19)
                 (= kswapd0.pc@10 #x01)
                 (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@10| #x00))
                 (not (= |page.mapping(shmem)[F0]@10| #x00))
                 (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!23 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!32 (ite (and (= rule@10 #x17) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x1b) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      |folio.refcount[F0]@10|)))
      (a!43 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!52 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!53 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!55 (ite (and (= rule@10 #x17) true)
                 #x00
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      |PG_lru[F0]@10|)))
      (a!63 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!64 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!72 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!73 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= fault0.page@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!81 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!82 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!90 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!91 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!101 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!102 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!111 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!112 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!113 (ite (and (= rule@10 #x19) true)
                  #x00
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       |page.mapping(shmem)[F0]@10|)))
      (a!122 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!123 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!124 (ite (and (= rule@10 #x19) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       |PG_swapcache[F0]@10|)))
      (a!133 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!134 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!135 (ite (and (= rule@10 #x19) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       |PG_dirty[F0]@10|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                  migrate0.newpage@10
                  shmem.i_pages@10))
      (a!147 (ite (and (= rule@10 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                       migrate0.newpage@10
                       swapper_space.i_pages@10)
                  (ite (and (= rule@10 #x19) true)
                       #x00
                       swapper_space.i_pages@10)))
      (a!149 (ite (and (= rule@10 #x19) true)
                  #x00
                  (ite (and (= rule@10 #x1a) true) #x00 |PG_locked[F0]@10|)))
      (a!156 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!160 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!169 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!171 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!173 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!175 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!176 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!177 (ite (and (= rule@10 #x15) true)
                  #x03
                  (ite (and (= rule@10 #x16) true) #x00 fault0.pc@10)))
      (a!180 (ite (and (= rule@10 #x15) true)
                  #x02
                  (ite (and (= rule@10 #x16) true) #x02 fault0.page@10)))
      (a!182 (ite (and (= rule@10 #x12) true)
                  #x00
                  (ite (and (= rule@10 #x13) true) #x01 fault0.from_swap@10)))
      (a!183 (ite (and (= rule@10 #x1a) true)
                  #x02
                  (ite (and (= rule@10 #x1b) true) #x03 kswapd0.pc@10)))
      (a!186 (ite (and (= rule@10 #x17) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true) #x00 kswapd0.isolated@10))))
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
      (a!17 (ite (not (= fault0.from_swap@10 #x00))
                 (and (= swapper_space.i_pages@10 fault0.page@10) a!15)
                 (and (= shmem.i_pages@10 fault0.page@10) a!16)))
      (a!24 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!23
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      |folio.used[F0]@10|)))
      (a!29 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!23
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!23
                      |folio.used[F1]@10|)))
      (a!33 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!54
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!54
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!54
                      |PG_lru[F1]@10|)))
      (a!65 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!64
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      |PG_anon_exclusive[F0]@10|)))
      (a!69 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!64
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@10|)))
      (a!74 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!73
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      |folio.mapping[F0]@10|)))
      (a!78 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!73
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!73
                      |folio.mapping[F1]@10|)))
      (a!83 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!82
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      |folio.index[F0]@10|)))
      (a!87 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!82
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!82
                      |folio.index[F1]@10|)))
      (a!92 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 a!91
                 (ite (and (= rule@10 #x1b) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      |folio.data[F0]@10|)))
      (a!97 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!91
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!91
                      |folio.data[F1]@10|)))
      (a!103 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                  a!102
                  (ite (and (= rule@10 #x1b) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |folio.node[F0]@10|)
                       |folio.node[F0]@10|)))
      (a!108 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!102
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!102
                       |folio.node[F1]@10|)))
      (a!114 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!112
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!112
                       a!113)))
      (a!119 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!112
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@10|)))
      (a!125 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!123
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!123
                       a!124)))
      (a!130 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!123
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!123
                       |PG_swapcache[F1]@10|)))
      (a!136 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!134
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!134
                       a!135)))
      (a!141 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!134
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!134
                       |PG_dirty[F1]@10|)))
      (a!145 (ite (and (= rule@10 #x09) true)
                  a!144
                  (ite (and (= rule@10 #x19) true) #x02 shmem.i_pages@10)))
      (a!148 (= swapper_space.i_pages@11
                (ite (and (= rule@10 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x01))
                       #x02
                       a!156)))
      (a!161 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@10 #x13) true)
                  #x01
                  (ite (and (= rule@10 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@10 #x12) true)
                  shmem.i_pages@10
                  (ite (and (= rule@10 #x13) true)
                       swapper_space.i_pages@10
                       a!180)))
      (a!184 (ite (and (= rule@10 #x18) true)
                  #x03
                  (ite (and (= rule@10 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@10 #x00)
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
                     (= fault0.pc@10 #x00)
                     (not (= shmem.i_pages@10 #x02)))
                (and (= rule@10 #x13)
                     (= fault0.pc@10 #x00)
                     (= shmem.i_pages@10 #x02)
                     (not (= swapper_space.i_pages@10 #x02)))
                a!14
                (and (= rule@10 #x15) (= fault0.pc@10 #x02) a!17)
                (and (= rule@10 #x16) (= fault0.pc@10 #x02) (not a!17))
                (and (= rule@10 #x17)
                     (= kswapd0.pc@10 #x00)
                     (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00))
                     (= |PG_locked[F0]@10| #x00))
                (and (= rule@10 #x18) (= kswapd0.pc@10 #x00) a!18)
                a!19
                (and (= rule@10 #x1a) (= kswapd0.pc@10 #x01) (not a!20))
                (and (= rule@10 #x1b) (= kswapd0.pc@10 #x02))))
      (a!25 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!22
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x01))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!52
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!63
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!72
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!81
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@10 #x0f) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!90
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@10 #x0f) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                       a!102
                       a!103)))
      (a!109 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!101
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       a!114)))
      (a!120 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!111
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |PG_swapcache[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       a!125)))
      (a!131 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!122
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       a!136)))
      (a!142 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!133
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@11 (ite (and (= rule@10 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@10 #x14) (= fault0.page@10 #x00))
                  #x02
                  (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                       #x00
                       a!150)))
      (a!158 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@11 (ite (and (= rule@10 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@11 (ite (and (= rule@10 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!22
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!25)))
      (a!31 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x00))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x01))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!52
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!52
                    a!61)))
      (a!67 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!63
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!63
                    a!70)))
      (a!76 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!72
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!72
                    a!79)))
      (a!85 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!81
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!84)))
      (a!89 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!81
                    a!88)))
      (a!94 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 a!90
                 (ite (and (= rule@10 #x0e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!93)))
      (a!99 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!90
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!98)))
      (a!105 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                  a!101
                  (ite (and (= rule@10 #x0e) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |folio.node[F0]@10|)
                       a!104)))
      (a!110 (ite (and (= rule@10 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!111
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!111
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |page.mapping(shmem)[F0]@10|
                       a!120)))
      (a!127 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!122
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!122
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |PG_swapcache[F0]@10|
                       a!131)))
      (a!138 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!133
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!133
                  (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                       |PG_dirty[F0]@10|
                       a!142)))
      (a!152 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!22
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x00))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!63
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!72
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!81
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                 |folio.data[F0]@10|
                 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                  a!101
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |page.mapping(shmem)[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                  |PG_dirty[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@10|)
                     a!106)))
      (a!118 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@10 #x02) true)
                  #x01
                  (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       a!28
       (= |folio.used[F1]@11| a!31)
       (= |folio.refcount[F0]@11| a!42)
       a!51
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@11| a!68)
       a!71
       (= |folio.mapping[F0]@11| a!77)
       a!80
       (= |folio.index[F0]@11| a!86)
       a!89
       (= |folio.data[F0]@11| a!96)
       a!100
       a!107
       (= |folio.node[F1]@11| a!110)
       (= |page.mapping(shmem)[F0]@11| a!118)
       (= |page.mapping(shmem)[F1]@11| a!121)
       (= |PG_swapcache[F0]@11| a!129)
       (= |PG_swapcache[F1]@11| a!132)
       (= |PG_dirty[F0]@11| a!140)
       (= |PG_dirty[F1]@11| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       (= |PG_locked[F0]@11| a!155)
       a!159
       (= migrate0.pc@11 a!168)
       a!170
       (= migrate0.newpage@11 a!172)
       (= migrate0.ok@11 a!174)
       (= migrate0.mapping_is_swapper@11 a!175)
       a!176
       a!179
       (= fault0.page@11 a!181)
       (= fault0.from_swap@11 a!182)
       a!185
       (= kswapd0.isolated@11 a!186)
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x06)
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
      (a!18 (not (and (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!19 (and (= rule@11 #x19)
                 (= kswapd0.pc@11 #x01)
                 (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!20 (and (not (= |PG_dirty[F0]@11| #x00))
                 (not (= |page.mapping(shmem)[F0]@11| #x00))
                 (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!22 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!23 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!32 (ite (and (= rule@11 #x17) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x1b) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      |folio.refcount[F0]@11|)))
      (a!43 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!52 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!53 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!54 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!55 (ite (and (= rule@11 #x17) true)
                 #x00
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      |PG_lru[F0]@11|)))
      (a!63 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!64 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!72 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!73 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= fault0.page@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!81 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!82 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!90 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!91 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!101 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!102 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!111 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!112 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!113 (ite (and (= rule@11 #x19) true)
                  #x00
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       |page.mapping(shmem)[F0]@11|)))
      (a!122 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!123 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!124 (ite (and (= rule@11 #x19) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       |PG_swapcache[F0]@11|)))
      (a!133 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!134 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!135 (ite (and (= rule@11 #x19) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       |PG_dirty[F0]@11|)))
      (a!144 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                  migrate0.newpage@11
                  shmem.i_pages@11))
      (a!147 (ite (and (= rule@11 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                       migrate0.newpage@11
                       swapper_space.i_pages@11)
                  (ite (and (= rule@11 #x19) true)
                       #x00
                       swapper_space.i_pages@11)))
      (a!149 (ite (and (= rule@11 #x19) true)
                  #x00
                  (ite (and (= rule@11 #x1a) true) #x00 |PG_locked[F0]@11|)))
      (a!156 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!160 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!169 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!171 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!173 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!175 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!176 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!177 (ite (and (= rule@11 #x15) true)
                  #x03
                  (ite (and (= rule@11 #x16) true) #x00 fault0.pc@11)))
      (a!180 (ite (and (= rule@11 #x15) true)
                  #x02
                  (ite (and (= rule@11 #x16) true) #x02 fault0.page@11)))
      (a!182 (ite (and (= rule@11 #x12) true)
                  #x00
                  (ite (and (= rule@11 #x13) true) #x01 fault0.from_swap@11)))
      (a!183 (ite (and (= rule@11 #x1a) true)
                  #x02
                  (ite (and (= rule@11 #x1b) true) #x03 kswapd0.pc@11)))
      (a!186 (ite (and (= rule@11 #x17) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true) #x00 kswapd0.isolated@11))))
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
      (a!17 (ite (not (= fault0.from_swap@11 #x00))
                 (and (= swapper_space.i_pages@11 fault0.page@11) a!15)
                 (and (= shmem.i_pages@11 fault0.page@11) a!16)))
      (a!24 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!23
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      |folio.used[F0]@11|)))
      (a!29 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!23
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!23
                      |folio.used[F1]@11|)))
      (a!33 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!32))
      (a!44 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!43))
      (a!56 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!54
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00)) a!54 a!55)))
      (a!60 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!54
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!54
                      |PG_lru[F1]@11|)))
      (a!65 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!64
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      |PG_anon_exclusive[F0]@11|)))
      (a!69 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!64
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!64
                      |PG_anon_exclusive[F1]@11|)))
      (a!74 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!73
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      |folio.mapping[F0]@11|)))
      (a!78 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!73
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!73
                      |folio.mapping[F1]@11|)))
      (a!83 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!82
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      |folio.index[F0]@11|)))
      (a!87 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!82
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!82
                      |folio.index[F1]@11|)))
      (a!92 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 a!91
                 (ite (and (= rule@11 #x1b) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      |folio.data[F0]@11|)))
      (a!97 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!91
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!91
                      |folio.data[F1]@11|)))
      (a!103 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                  a!102
                  (ite (and (= rule@11 #x1b) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |folio.node[F0]@11|)
                       |folio.node[F0]@11|)))
      (a!108 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!102
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!102
                       |folio.node[F1]@11|)))
      (a!114 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!112
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!112
                       a!113)))
      (a!119 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!112
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!112
                       |page.mapping(shmem)[F1]@11|)))
      (a!125 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!123
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!123
                       a!124)))
      (a!130 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!123
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!123
                       |PG_swapcache[F1]@11|)))
      (a!136 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!134
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!134
                       a!135)))
      (a!141 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!134
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!134
                       |PG_dirty[F1]@11|)))
      (a!145 (ite (and (= rule@11 #x09) true)
                  a!144
                  (ite (and (= rule@11 #x19) true) #x02 shmem.i_pages@11)))
      (a!148 (= swapper_space.i_pages@12
                (ite (and (= rule@11 #x05) true) #x00 a!147)))
      (a!150 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x17) true) #x03 a!149)))
      (a!157 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x01))
                       #x02
                       a!156)))
      (a!161 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!160)))
      (a!170 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!169)))
      (a!172 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!171)))
      (a!174 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!173)))
      (a!178 (ite (and (= rule@11 #x13) true)
                  #x01
                  (ite (and (= rule@11 #x14) true) #x02 a!177)))
      (a!181 (ite (and (= rule@11 #x12) true)
                  shmem.i_pages@11
                  (ite (and (= rule@11 #x13) true)
                       swapper_space.i_pages@11
                       a!180)))
      (a!184 (ite (and (= rule@11 #x18) true)
                  #x03
                  (ite (and (= rule@11 #x19) true) #x02 a!183))))
(let ((a!21 (or (and (= rule@11 #x00)
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
                     (= fault0.pc@11 #x00)
                     (not (= shmem.i_pages@11 #x02)))
                (and (= rule@11 #x13)
                     (= fault0.pc@11 #x00)
                     (= shmem.i_pages@11 #x02)
                     (not (= swapper_space.i_pages@11 #x02)))
                a!14
                (and (= rule@11 #x15) (= fault0.pc@11 #x02) a!17)
                (and (= rule@11 #x16) (= fault0.pc@11 #x02) (not a!17))
                (and (= rule@11 #x17)
                     (= kswapd0.pc@11 #x00)
                     (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00))
                     (= |PG_locked[F0]@11| #x00))
                (and (= rule@11 #x18) (= kswapd0.pc@11 #x00) a!18)
                a!19
                (and (= rule@11 #x1a) (= kswapd0.pc@11 #x01) (not a!20))
                (and (= rule@11 #x1b) (= kswapd0.pc@11 #x02))))
      (a!25 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!23 a!24)))
      (a!30 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!22
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!22
                      a!29)))
      (a!34 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!33))
      (a!45 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x01))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!44))
      (a!57 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      a!56)))
      (a!61 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!52
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!53
                      a!60)))
      (a!66 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!64 a!65)))
      (a!70 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!63
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!63
                      a!69)))
      (a!75 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!73 a!74)))
      (a!79 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!72
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!72
                      a!78)))
      (a!84 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!81
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!81
                      a!87)))
      (a!93 (ite (and (= rule@11 #x0f) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00)) a!91 a!92)))
      (a!98 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!90
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!90
                      a!97)))
      (a!104 (ite (and (= rule@11 #x0f) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                       a!102
                       a!103)))
      (a!109 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!101
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!101
                       a!108)))
      (a!115 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       a!114)))
      (a!120 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!111
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!111
                       a!119)))
      (a!126 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |PG_swapcache[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       a!125)))
      (a!131 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!122
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!122
                       a!130)))
      (a!137 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       a!136)))
      (a!142 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!133
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!133
                       a!141)))
      (a!146 (= shmem.i_pages@12 (ite (and (= rule@11 #x05) true) #x02 a!145)))
      (a!151 (ite (and (= rule@11 #x14) (= fault0.page@11 #x00))
                  #x02
                  (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                       #x00
                       a!150)))
      (a!158 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                       #x00
                       a!157)))
      (a!162 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!161)))
      (a!179 (= fault0.pc@12 (ite (and (= rule@11 #x12) true) #x01 a!178)))
      (a!185 (= kswapd0.pc@12 (ite (and (= rule@11 #x17) true) #x01 a!184))))
(let ((a!26 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!22
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!25)))
      (a!31 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!22
                      a!30)))
      (a!35 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x00))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!34))
      (a!46 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x01))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!45))
      (a!58 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!52
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!53
                      a!57)))
      (a!62 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!52
                    a!61)))
      (a!67 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!63
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!66)))
      (a!71 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!63
                    a!70)))
      (a!76 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!72
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!75)))
      (a!80 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!72
                    a!79)))
      (a!85 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!81
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!84)))
      (a!89 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!81
                    a!88)))
      (a!94 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 a!90
                 (ite (and (= rule@11 #x0e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!93)))
      (a!99 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!90
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!98)))
      (a!105 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                  a!101
                  (ite (and (= rule@11 #x0e) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |folio.node[F0]@11|)
                       a!104)))
      (a!110 (ite (and (= rule@11 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                       a!101
                       a!109)))
      (a!116 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!111
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!111
                       a!115)))
      (a!121 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!111
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |page.mapping(shmem)[F0]@11|
                       a!120)))
      (a!127 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!122
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!122
                       a!126)))
      (a!132 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!122
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |PG_swapcache[F0]@11|
                       a!131)))
      (a!138 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!133
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!133
                       a!137)))
      (a!143 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!133
                  (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                       |PG_dirty[F0]@11|
                       a!142)))
      (a!152 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0d) true) #x00 a!151)))
      (a!159 (= |PG_locked[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!158)))
      (a!163 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!162))))
(let ((a!27 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!22
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!22
                      a!26)))
      (a!36 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x00))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!35))
      (a!47 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!46))
      (a!59 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!52
                      a!58)))
      (a!68 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!63
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!63
                      a!67)))
      (a!77 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!72
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!72
                      a!76)))
      (a!86 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!81
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!81
                      a!85)))
      (a!95 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                 |folio.data[F0]@11|
                 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                      a!90
                      a!94)))
      (a!100 (= |folio.data[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!99)))
      (a!106 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                  a!101
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                       a!101
                       a!105)))
      (a!117 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |page.mapping(shmem)[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!116)))
      (a!128 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!127)))
      (a!139 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                  |PG_dirty[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!138)))
      (a!153 (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0c) true) #x00 a!152)))
      (a!164 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!163))))
(let ((a!28 (= |folio.used[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!27)))
      (a!37 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!36)))
      (a!48 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!47))
      (a!96 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!90
                      a!95)))
      (a!107 (= |folio.node[F0]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x00))
                     (bvsub #x01 |folio.node[F0]@11|)
                     a!106)))
      (a!118 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!111
                       a!117)))
      (a!129 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!122
                       a!128)))
      (a!140 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!133
                       a!139)))
      (a!154 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       #x00
                       a!153)))
      (a!165 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!164))))
(let ((a!38 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!48))
      (a!155 (ite (and (= rule@11 #x02) true)
                  #x01
                  (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!154)))
      (a!166 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!165))))
(let ((a!39 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!49))
      (a!167 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!166))))
(let ((a!40 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!39)))
      (a!51 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!50)))
      (a!168 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!167))))
(let ((a!41 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!40)))
(let ((a!42 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!41))))
  (and a!21
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       a!28
       (= |folio.used[F1]@12| a!31)
       (= |folio.refcount[F0]@12| a!42)
       a!51
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!59)
       a!62
       (= |PG_anon_exclusive[F0]@12| a!68)
       a!71
       (= |folio.mapping[F0]@12| a!77)
       a!80
       (= |folio.index[F0]@12| a!86)
       a!89
       (= |folio.data[F0]@12| a!96)
       a!100
       a!107
       (= |folio.node[F1]@12| a!110)
       (= |page.mapping(shmem)[F0]@12| a!118)
       (= |page.mapping(shmem)[F1]@12| a!121)
       (= |PG_swapcache[F0]@12| a!129)
       (= |PG_swapcache[F1]@12| a!132)
       (= |PG_dirty[F0]@12| a!140)
       (= |PG_dirty[F1]@12| a!143)
       a!146
       a!148
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       (= |PG_locked[F0]@12| a!155)
       a!159
       (= migrate0.pc@12 a!168)
       a!170
       (= migrate0.newpage@12 a!172)
       (= migrate0.ok@12 a!174)
       (= migrate0.mapping_is_swapper@12 a!175)
       a!176
       a!179
       (= fault0.page@12 a!181)
       (= fault0.from_swap@12 a!182)
       a!185
       (= kswapd0.isolated@12 a!186)
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x06)
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
      (a!5 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                   swapper_space.i_pages@0
                   shmem.i_pages@0)
              #x00))
      (a!8 (or (not (not (= |pte[P0][0]@0| #x00)))
               (= (ite (= |pte.folio[P0][0]@0| #x00)
                       |folio.data[F0]@0|
                       |folio.data[F1]@0|)
                  |expected[P0][0]@0|)))
      (a!9 (not (= (ite (= fault0.page@0 #x00)
                        |PG_swapcache[F0]@0|
                        |PG_swapcache[F1]@0|)
                   #x00)))
      (a!10 (not (= (ite (= fault0.page@0 #x00)
                         |page.mapping(shmem)[F0]@0|
                         |page.mapping(shmem)[F1]@0|)
                    #x00)))
      (a!12 (not (= (ite (= fault0.page@0 #x00)
                         |folio.data[F0]@0|
                         |folio.data[F1]@0|)
                    #x01)))
      (a!13 (bvadd migrate0.isolated@0
                   (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                   (ite (= fault0.page@0 #x00) #x01 #x00)
                   kswapd0.isolated@0))
      (a!14 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!15 (= |folio.mapcount[F0]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                    #x01
                    #x00)))
      (a!16 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x00))))
      (a!18 (bvadd (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                   (ite (= fault0.page@0 #x01) #x01 #x00)))
      (a!19 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!20 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
      (a!21 (not (and (not (= |pte[P0][0]@0| #x00))
                      (= |pte.folio[P0][0]@0| #x01))))
      (a!23 (not (= (ite (= migrate0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!25 (and (= migrate0.pc@0 #x07) (not (not (= migrate0.ok@0 #x00)))))
      (a!27 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!29 (and (= migrate0.pc@0 #x09) (not (not (= migrate0.ok@0 #x00)))))
      (a!30 (not (= (ite (= fault0.page@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!32 (and (= migrate0.pc@0 #x0a)
                 (= fault0.pc@0 #x03)
                 (= kswapd0.pc@0 #x03)))
      (a!35 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00)))))
      (a!36 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!37 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!39 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (= |PG_swapcache[F0]@0| #x00))))
      (a!40 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (= |PG_dirty[F0]@0| #x00))))
      (a!41 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!42 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!43 (and (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!44 (not (and (not (= |folio.used[F0]@0| #x00))
                      (not (= |PG_lru[F0]@0| #x00))
                      (= |PG_locked[F0]@0| #x00))))
      (a!45 (and (= kswapd0.pc@0 #x01)
                 (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!46 (and (not (= |PG_dirty[F0]@0| #x00))
                 (not (= |page.mapping(shmem)[F0]@0| #x00))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))))
      (a!48 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!49 (not (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.mapping[F0]@1|
                         |folio.mapping[F1]@1|)
                    #x01)))
      (a!52 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!55 (or (not (not (= |pte[P0][0]@1| #x00)))
                (= (ite (= |pte.folio[P0][0]@1| #x00)
                        |folio.data[F0]@1|
                        |folio.data[F1]@1|)
                   |expected[P0][0]@1|)))
      (a!56 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!57 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!59 (not (= (ite (= fault0.page@1 #x00)
                         |folio.data[F0]@1|
                         |folio.data[F1]@1|)
                    #x01)))
      (a!60 (bvadd migrate0.isolated@1
                   (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                   (ite (= fault0.page@1 #x00) #x01 #x00)
                   kswapd0.isolated@1))
      (a!61 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!62 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!63 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!65 (bvadd (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                   (ite (= fault0.page@1 #x01) #x01 #x00)))
      (a!66 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!67 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!68 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!70 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!72 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!74 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!76 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!77 (not (= (ite (= fault0.page@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!79 (and (= migrate0.pc@1 #x0a)
                 (= fault0.pc@1 #x03)
                 (= kswapd0.pc@1 #x03)))
      (a!82 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!83 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!84 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!86 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!87 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))))
      (a!88 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!89 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!90 (and (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!91 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00))
                      (= |PG_locked[F0]@1| #x00))))
      (a!92 (and (= kswapd0.pc@1 #x01)
                 (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!93 (and (not (= |PG_dirty[F0]@1| #x00))
                 (not (= |page.mapping(shmem)[F0]@1| #x00))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))))
      (a!95 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!96 (not (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.mapping[F0]@2|
                         |folio.mapping[F1]@2|)
                    #x01)))
      (a!99 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                    swapper_space.i_pages@2
                    shmem.i_pages@2)
               #x00))
      (a!102 (or (not (not (= |pte[P0][0]@2| #x00)))
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.data[F0]@2|
                         |folio.data[F1]@2|)
                    |expected[P0][0]@2|)))
      (a!103 (not (= (ite (= fault0.page@2 #x00)
                          |PG_swapcache[F0]@2|
                          |PG_swapcache[F1]@2|)
                     #x00)))
      (a!104 (not (= (ite (= fault0.page@2 #x00)
                          |page.mapping(shmem)[F0]@2|
                          |page.mapping(shmem)[F1]@2|)
                     #x00)))
      (a!106 (not (= (ite (= fault0.page@2 #x00)
                          |folio.data[F0]@2|
                          |folio.data[F1]@2|)
                     #x01)))
      (a!107 (bvadd migrate0.isolated@2
                    (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                    (ite (= fault0.page@2 #x00) #x01 #x00)
                    kswapd0.isolated@2))
      (a!108 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!109 (= |folio.mapcount[F0]@2|
                (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                     #x01
                     #x00)))
      (a!110 (not (and (not (= |pte[P0][0]@2| #x00))
                       (= |pte.folio[P0][0]@2| #x00))))
      (a!112 (bvadd (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                    (ite (= fault0.page@2 #x01) #x01 #x00)))
      (a!113 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!114 (= |folio.mapcount[F1]@2|
                (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                     #x01
                     #x00)))
      (a!115 (not (and (not (= |pte[P0][0]@2| #x00))
                       (= |pte.folio[P0][0]@2| #x01))))
      (a!117 (not (= (ite (= migrate0.newpage@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!119 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!121 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                       (not (= |folio.used[F0]@2| #x00)))))
      (a!123 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!124 (not (= (ite (= fault0.page@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!126 (and (= migrate0.pc@2 #x0a)
                  (= fault0.pc@2 #x03)
                  (= kswapd0.pc@2 #x03)))
      (a!129 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!130 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!131 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!133 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (= |PG_swapcache[F0]@2| #x00))))
      (a!134 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (= |PG_dirty[F0]@2| #x00))))
      (a!135 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!136 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!137 (and (= fault0.pc@2 #x01)
                  (= (ite (= fault0.page@2 #x00)
                          |PG_locked[F0]@2|
                          |PG_locked[F1]@2|)
                     #x00)))
      (a!138 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00))
                       (= |PG_locked[F0]@2| #x00))))
      (a!139 (and (= kswapd0.pc@2 #x01)
                  (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!140 (and (not (= |PG_dirty[F0]@2| #x00))
                  (not (= |page.mapping(shmem)[F0]@2| #x00))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))))
      (a!142 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!143 (not (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.mapping[F0]@3|
                          |folio.mapping[F1]@3|)
                     #x01)))
      (a!146 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!149 (or (not (not (= |pte[P0][0]@3| #x00)))
                 (= (ite (= |pte.folio[P0][0]@3| #x00)
                         |folio.data[F0]@3|
                         |folio.data[F1]@3|)
                    |expected[P0][0]@3|)))
      (a!150 (not (= (ite (= fault0.page@3 #x00)
                          |PG_swapcache[F0]@3|
                          |PG_swapcache[F1]@3|)
                     #x00)))
      (a!151 (not (= (ite (= fault0.page@3 #x00)
                          |page.mapping(shmem)[F0]@3|
                          |page.mapping(shmem)[F1]@3|)
                     #x00)))
      (a!153 (not (= (ite (= fault0.page@3 #x00)
                          |folio.data[F0]@3|
                          |folio.data[F1]@3|)
                     #x01)))
      (a!154 (bvadd migrate0.isolated@3
                    (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                    (ite (= fault0.page@3 #x00) #x01 #x00)
                    kswapd0.isolated@3))
      (a!155 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!156 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!157 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!159 (bvadd (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                    (ite (= fault0.page@3 #x01) #x01 #x00)))
      (a!160 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!161 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!162 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!164 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!166 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!168 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!170 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!171 (not (= (ite (= fault0.page@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!173 (and (= migrate0.pc@3 #x0a)
                  (= fault0.pc@3 #x03)
                  (= kswapd0.pc@3 #x03)))
      (a!176 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!177 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!178 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!180 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!181 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))))
      (a!182 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!183 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!184 (and (= fault0.pc@3 #x01)
                  (= (ite (= fault0.page@3 #x00)
                          |PG_locked[F0]@3|
                          |PG_locked[F1]@3|)
                     #x00)))
      (a!185 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00))
                       (= |PG_locked[F0]@3| #x00))))
      (a!186 (and (= kswapd0.pc@3 #x01)
                  (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!187 (and (not (= |PG_dirty[F0]@3| #x00))
                  (not (= |page.mapping(shmem)[F0]@3| #x00))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))))
      (a!189 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!190 (not (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.mapping[F0]@4|
                          |folio.mapping[F1]@4|)
                     #x01)))
      (a!193 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!196 (or (not (not (= |pte[P0][0]@4| #x00)))
                 (= (ite (= |pte.folio[P0][0]@4| #x00)
                         |folio.data[F0]@4|
                         |folio.data[F1]@4|)
                    |expected[P0][0]@4|)))
      (a!197 (not (= (ite (= fault0.page@4 #x00)
                          |PG_swapcache[F0]@4|
                          |PG_swapcache[F1]@4|)
                     #x00)))
      (a!198 (not (= (ite (= fault0.page@4 #x00)
                          |page.mapping(shmem)[F0]@4|
                          |page.mapping(shmem)[F1]@4|)
                     #x00)))
      (a!200 (not (= (ite (= fault0.page@4 #x00)
                          |folio.data[F0]@4|
                          |folio.data[F1]@4|)
                     #x01)))
      (a!201 (bvadd migrate0.isolated@4
                    (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                    (ite (= fault0.page@4 #x00) #x01 #x00)
                    kswapd0.isolated@4))
      (a!202 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!203 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!204 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!206 (bvadd (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                    (ite (= fault0.page@4 #x01) #x01 #x00)))
      (a!207 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!208 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!209 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!211 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!213 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!215 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!217 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!218 (not (= (ite (= fault0.page@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!220 (and (= migrate0.pc@4 #x0a)
                  (= fault0.pc@4 #x03)
                  (= kswapd0.pc@4 #x03)))
      (a!223 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!224 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!225 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!227 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!228 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))))
      (a!229 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!230 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!231 (and (= fault0.pc@4 #x01)
                  (= (ite (= fault0.page@4 #x00)
                          |PG_locked[F0]@4|
                          |PG_locked[F1]@4|)
                     #x00)))
      (a!232 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00))
                       (= |PG_locked[F0]@4| #x00))))
      (a!233 (and (= kswapd0.pc@4 #x01)
                  (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!234 (and (not (= |PG_dirty[F0]@4| #x00))
                  (not (= |page.mapping(shmem)[F0]@4| #x00))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))))
      (a!236 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!237 (not (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.mapping[F0]@5|
                          |folio.mapping[F1]@5|)
                     #x01)))
      (a!240 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!243 (or (not (not (= |pte[P0][0]@5| #x00)))
                 (= (ite (= |pte.folio[P0][0]@5| #x00)
                         |folio.data[F0]@5|
                         |folio.data[F1]@5|)
                    |expected[P0][0]@5|)))
      (a!244 (not (= (ite (= fault0.page@5 #x00)
                          |PG_swapcache[F0]@5|
                          |PG_swapcache[F1]@5|)
                     #x00)))
      (a!245 (not (= (ite (= fault0.page@5 #x00)
                          |page.mapping(shmem)[F0]@5|
                          |page.mapping(shmem)[F1]@5|)
                     #x00)))
      (a!247 (not (= (ite (= fault0.page@5 #x00)
                          |folio.data[F0]@5|
                          |folio.data[F1]@5|)
                     #x01)))
      (a!248 (bvadd migrate0.isolated@5
                    (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                    (ite (= fault0.page@5 #x00) #x01 #x00)
                    kswapd0.isolated@5))
      (a!249 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!250 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!251 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!253 (bvadd (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                    (ite (= fault0.page@5 #x01) #x01 #x00)))
      (a!254 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!255 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!256 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!258 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!260 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!262 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!264 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!265 (not (= (ite (= fault0.page@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!267 (and (= migrate0.pc@5 #x0a)
                  (= fault0.pc@5 #x03)
                  (= kswapd0.pc@5 #x03)))
      (a!270 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!271 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!272 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!274 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!275 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))))
      (a!276 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!277 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!278 (and (= fault0.pc@5 #x01)
                  (= (ite (= fault0.page@5 #x00)
                          |PG_locked[F0]@5|
                          |PG_locked[F1]@5|)
                     #x00)))
      (a!279 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00))
                       (= |PG_locked[F0]@5| #x00))))
      (a!280 (and (= kswapd0.pc@5 #x01)
                  (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!281 (and (not (= |PG_dirty[F0]@5| #x00))
                  (not (= |page.mapping(shmem)[F0]@5| #x00))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))))
      (a!283 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!284 (not (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.mapping[F0]@6|
                          |folio.mapping[F1]@6|)
                     #x01)))
      (a!287 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!290 (or (not (not (= |pte[P0][0]@6| #x00)))
                 (= (ite (= |pte.folio[P0][0]@6| #x00)
                         |folio.data[F0]@6|
                         |folio.data[F1]@6|)
                    |expected[P0][0]@6|)))
      (a!291 (not (= (ite (= fault0.page@6 #x00)
                          |PG_swapcache[F0]@6|
                          |PG_swapcache[F1]@6|)
                     #x00)))
      (a!292 (not (= (ite (= fault0.page@6 #x00)
                          |page.mapping(shmem)[F0]@6|
                          |page.mapping(shmem)[F1]@6|)
                     #x00)))
      (a!294 (not (= (ite (= fault0.page@6 #x00)
                          |folio.data[F0]@6|
                          |folio.data[F1]@6|)
                     #x01)))
      (a!295 (bvadd migrate0.isolated@6
                    (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                    (ite (= fault0.page@6 #x00) #x01 #x00)
                    kswapd0.isolated@6))
      (a!296 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!297 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!298 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!300 (bvadd (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                    (ite (= fault0.page@6 #x01) #x01 #x00)))
      (a!301 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!302 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!303 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!305 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!307 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!309 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!311 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!312 (not (= (ite (= fault0.page@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!314 (and (= migrate0.pc@6 #x0a)
                  (= fault0.pc@6 #x03)
                  (= kswapd0.pc@6 #x03)))
      (a!317 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!318 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!319 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!321 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!322 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))))
      (a!323 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!324 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!325 (and (= fault0.pc@6 #x01)
                  (= (ite (= fault0.page@6 #x00)
                          |PG_locked[F0]@6|
                          |PG_locked[F1]@6|)
                     #x00)))
      (a!326 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00))
                       (= |PG_locked[F0]@6| #x00))))
      (a!327 (and (= kswapd0.pc@6 #x01)
                  (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!328 (and (not (= |PG_dirty[F0]@6| #x00))
                  (not (= |page.mapping(shmem)[F0]@6| #x00))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))))
      (a!330 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!331 (not (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.mapping[F0]@7|
                          |folio.mapping[F1]@7|)
                     #x01)))
      (a!334 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!337 (or (not (not (= |pte[P0][0]@7| #x00)))
                 (= (ite (= |pte.folio[P0][0]@7| #x00)
                         |folio.data[F0]@7|
                         |folio.data[F1]@7|)
                    |expected[P0][0]@7|)))
      (a!338 (not (= (ite (= fault0.page@7 #x00)
                          |PG_swapcache[F0]@7|
                          |PG_swapcache[F1]@7|)
                     #x00)))
      (a!339 (not (= (ite (= fault0.page@7 #x00)
                          |page.mapping(shmem)[F0]@7|
                          |page.mapping(shmem)[F1]@7|)
                     #x00)))
      (a!341 (not (= (ite (= fault0.page@7 #x00)
                          |folio.data[F0]@7|
                          |folio.data[F1]@7|)
                     #x01)))
      (a!342 (bvadd migrate0.isolated@7
                    (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                    (ite (= fault0.page@7 #x00) #x01 #x00)
                    kswapd0.isolated@7))
      (a!343 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!344 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!345 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!347 (bvadd (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                    (ite (= fault0.page@7 #x01) #x01 #x00)))
      (a!348 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!349 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!350 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!352 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!354 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!356 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!358 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!359 (not (= (ite (= fault0.page@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!361 (and (= migrate0.pc@7 #x0a)
                  (= fault0.pc@7 #x03)
                  (= kswapd0.pc@7 #x03)))
      (a!364 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!365 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!366 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!368 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!369 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))))
      (a!370 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!371 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!372 (and (= fault0.pc@7 #x01)
                  (= (ite (= fault0.page@7 #x00)
                          |PG_locked[F0]@7|
                          |PG_locked[F1]@7|)
                     #x00)))
      (a!373 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00))
                       (= |PG_locked[F0]@7| #x00))))
      (a!374 (and (= kswapd0.pc@7 #x01)
                  (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!375 (and (not (= |PG_dirty[F0]@7| #x00))
                  (not (= |page.mapping(shmem)[F0]@7| #x00))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))))
      (a!377 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!378 (not (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.mapping[F0]@8|
                          |folio.mapping[F1]@8|)
                     #x01)))
      (a!381 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!384 (or (not (not (= |pte[P0][0]@8| #x00)))
                 (= (ite (= |pte.folio[P0][0]@8| #x00)
                         |folio.data[F0]@8|
                         |folio.data[F1]@8|)
                    |expected[P0][0]@8|)))
      (a!385 (not (= (ite (= fault0.page@8 #x00)
                          |PG_swapcache[F0]@8|
                          |PG_swapcache[F1]@8|)
                     #x00)))
      (a!386 (not (= (ite (= fault0.page@8 #x00)
                          |page.mapping(shmem)[F0]@8|
                          |page.mapping(shmem)[F1]@8|)
                     #x00)))
      (a!388 (not (= (ite (= fault0.page@8 #x00)
                          |folio.data[F0]@8|
                          |folio.data[F1]@8|)
                     #x01)))
      (a!389 (bvadd migrate0.isolated@8
                    (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                    (ite (= fault0.page@8 #x00) #x01 #x00)
                    kswapd0.isolated@8))
      (a!390 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!391 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!392 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!394 (bvadd (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                    (ite (= fault0.page@8 #x01) #x01 #x00)))
      (a!395 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!396 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!397 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!399 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!401 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!403 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!405 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!406 (not (= (ite (= fault0.page@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!408 (and (= migrate0.pc@8 #x0a)
                  (= fault0.pc@8 #x03)
                  (= kswapd0.pc@8 #x03)))
      (a!411 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!412 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!413 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!415 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!416 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))))
      (a!417 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!418 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!419 (and (= fault0.pc@8 #x01)
                  (= (ite (= fault0.page@8 #x00)
                          |PG_locked[F0]@8|
                          |PG_locked[F1]@8|)
                     #x00)))
      (a!420 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00))
                       (= |PG_locked[F0]@8| #x00))))
      (a!421 (and (= kswapd0.pc@8 #x01)
                  (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!422 (and (not (= |PG_dirty[F0]@8| #x00))
                  (not (= |page.mapping(shmem)[F0]@8| #x00))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))))
      (a!424 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!425 (not (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.mapping[F0]@9|
                          |folio.mapping[F1]@9|)
                     #x01)))
      (a!428 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!431 (or (not (not (= |pte[P0][0]@9| #x00)))
                 (= (ite (= |pte.folio[P0][0]@9| #x00)
                         |folio.data[F0]@9|
                         |folio.data[F1]@9|)
                    |expected[P0][0]@9|)))
      (a!432 (not (= (ite (= fault0.page@9 #x00)
                          |PG_swapcache[F0]@9|
                          |PG_swapcache[F1]@9|)
                     #x00)))
      (a!433 (not (= (ite (= fault0.page@9 #x00)
                          |page.mapping(shmem)[F0]@9|
                          |page.mapping(shmem)[F1]@9|)
                     #x00)))
      (a!435 (not (= (ite (= fault0.page@9 #x00)
                          |folio.data[F0]@9|
                          |folio.data[F1]@9|)
                     #x01)))
      (a!436 (bvadd migrate0.isolated@9
                    (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                    (ite (= fault0.page@9 #x00) #x01 #x00)
                    kswapd0.isolated@9))
      (a!437 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!438 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!439 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!441 (bvadd (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                    (ite (= fault0.page@9 #x01) #x01 #x00)))
      (a!442 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!443 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!444 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!446 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!448 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!450 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!452 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!453 (not (= (ite (= fault0.page@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!455 (and (= migrate0.pc@9 #x0a)
                  (= fault0.pc@9 #x03)
                  (= kswapd0.pc@9 #x03)))
      (a!458 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!459 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!460 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!462 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!463 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))))
      (a!464 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!465 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!466 (and (= fault0.pc@9 #x01)
                  (= (ite (= fault0.page@9 #x00)
                          |PG_locked[F0]@9|
                          |PG_locked[F1]@9|)
                     #x00)))
      (a!467 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00))
                       (= |PG_locked[F0]@9| #x00))))
      (a!468 (and (= kswapd0.pc@9 #x01)
                  (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!469 (and (not (= |PG_dirty[F0]@9| #x00))
                  (not (= |page.mapping(shmem)[F0]@9| #x00))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))))
      (a!471 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!472 (not (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.mapping[F0]@10|
                          |folio.mapping[F1]@10|)
                     #x01)))
      (a!475 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!478 (or (not (not (= |pte[P0][0]@10| #x00)))
                 (= (ite (= |pte.folio[P0][0]@10| #x00)
                         |folio.data[F0]@10|
                         |folio.data[F1]@10|)
                    |expected[P0][0]@10|)))
      (a!479 (not (= (ite (= fault0.page@10 #x00)
                          |PG_swapcache[F0]@10|
                          |PG_swapcache[F1]@10|)
                     #x00)))
      (a!480 (not (= (ite (= fault0.page@10 #x00)
                          |page.mapping(shmem)[F0]@10|
                          |page.mapping(shmem)[F1]@10|)
                     #x00)))
      (a!482 (not (= (ite (= fault0.page@10 #x00)
                          |folio.data[F0]@10|
                          |folio.data[F1]@10|)
                     #x01)))
      (a!483 (bvadd migrate0.isolated@10
                    (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                    (ite (= fault0.page@10 #x00) #x01 #x00)
                    kswapd0.isolated@10))
      (a!484 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!485 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!486 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!488 (bvadd (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                    (ite (= fault0.page@10 #x01) #x01 #x00)))
      (a!489 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!490 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!491 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!493 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!495 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!497 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!499 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!500 (not (= (ite (= fault0.page@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!502 (and (= migrate0.pc@10 #x0a)
                  (= fault0.pc@10 #x03)
                  (= kswapd0.pc@10 #x03)))
      (a!505 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!506 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!507 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!509 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!510 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))))
      (a!511 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!512 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!513 (and (= fault0.pc@10 #x01)
                  (= (ite (= fault0.page@10 #x00)
                          |PG_locked[F0]@10|
                          |PG_locked[F1]@10|)
                     #x00)))
      (a!514 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00))
                       (= |PG_locked[F0]@10| #x00))))
      (a!515 (and (= kswapd0.pc@10 #x01)
                  (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!516 (and (not (= |PG_dirty[F0]@10| #x00))
                  (not (= |page.mapping(shmem)[F0]@10| #x00))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))))
      (a!518 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!519 (not (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.mapping[F0]@11|
                          |folio.mapping[F1]@11|)
                     #x01)))
      (a!522 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!525 (or (not (not (= |pte[P0][0]@11| #x00)))
                 (= (ite (= |pte.folio[P0][0]@11| #x00)
                         |folio.data[F0]@11|
                         |folio.data[F1]@11|)
                    |expected[P0][0]@11|)))
      (a!526 (not (= (ite (= fault0.page@11 #x00)
                          |PG_swapcache[F0]@11|
                          |PG_swapcache[F1]@11|)
                     #x00)))
      (a!527 (not (= (ite (= fault0.page@11 #x00)
                          |page.mapping(shmem)[F0]@11|
                          |page.mapping(shmem)[F1]@11|)
                     #x00)))
      (a!529 (not (= (ite (= fault0.page@11 #x00)
                          |folio.data[F0]@11|
                          |folio.data[F1]@11|)
                     #x01)))
      (a!530 (bvadd migrate0.isolated@11
                    (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                    (ite (= fault0.page@11 #x00) #x01 #x00)
                    kswapd0.isolated@11))
      (a!531 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!532 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!533 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!535 (bvadd (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                    (ite (= fault0.page@11 #x01) #x01 #x00)))
      (a!536 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!537 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!538 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!540 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!542 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!544 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!546 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!547 (not (= (ite (= fault0.page@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!549 (and (= migrate0.pc@11 #x0a)
                  (= fault0.pc@11 #x03)
                  (= kswapd0.pc@11 #x03)))
      (a!552 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!553 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!554 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!556 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!557 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))))
      (a!558 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!559 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!560 (and (= fault0.pc@11 #x01)
                  (= (ite (= fault0.page@11 #x00)
                          |PG_locked[F0]@11|
                          |PG_locked[F1]@11|)
                     #x00)))
      (a!561 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00))
                       (= |PG_locked[F0]@11| #x00))))
      (a!562 (and (= kswapd0.pc@11 #x01)
                  (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!563 (and (not (= |PG_dirty[F0]@11| #x00))
                  (not (= |page.mapping(shmem)[F0]@11| #x00))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))))
      (a!565 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!566 (not (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.mapping[F0]@12|
                          |folio.mapping[F1]@12|)
                     #x01)))
      (a!569 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!572 (or (not (not (= |pte[P0][0]@12| #x00)))
                 (= (ite (= |pte.folio[P0][0]@12| #x00)
                         |folio.data[F0]@12|
                         |folio.data[F1]@12|)
                    |expected[P0][0]@12|)))
      (a!573 (not (= (ite (= fault0.page@12 #x00)
                          |PG_swapcache[F0]@12|
                          |PG_swapcache[F1]@12|)
                     #x00)))
      (a!574 (not (= (ite (= fault0.page@12 #x00)
                          |page.mapping(shmem)[F0]@12|
                          |page.mapping(shmem)[F1]@12|)
                     #x00)))
      (a!576 (not (= (ite (= fault0.page@12 #x00)
                          |folio.data[F0]@12|
                          |folio.data[F1]@12|)
                     #x01)))
      (a!577 (bvadd migrate0.isolated@12
                    (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                    (ite (= fault0.page@12 #x00) #x01 #x00)
                    kswapd0.isolated@12))
      (a!578 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!579 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!580 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!582 (bvadd (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                    (ite (= fault0.page@12 #x01) #x01 #x00)))
      (a!583 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!584 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!585 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!587 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!589 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!591 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!593 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!594 (not (= (ite (= fault0.page@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!596 (and (= migrate0.pc@12 #x0a)
                  (= fault0.pc@12 #x03)
                  (= kswapd0.pc@12 #x03)))
      (a!599 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!600 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!601 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!603 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!604 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))))
      (a!605 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!606 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!607 (and (= fault0.pc@12 #x01)
                  (= (ite (= fault0.page@12 #x00)
                          |PG_locked[F0]@12|
                          |PG_locked[F1]@12|)
                     #x00)))
      (a!608 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00))
                       (= |PG_locked[F0]@12| #x00))))
      (a!609 (and (= kswapd0.pc@12 #x01)
                  (not (= |PG_dirty[F0]@12| #x00))
                  (not (= |page.mapping(shmem)[F0]@12| #x00))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))))
      (a!610 (and (not (= |PG_dirty[F0]@12| #x00))
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
      (a!11 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!9)
                 (and (= shmem.i_pages@0 fault0.page@0) a!10)))
      (a!17 (ite (not (= |folio.used[F0]@0| #x00))
                 (and (= |folio.refcount[F0]@0|
                         (bvadd |folio.mapcount[F0]@0| a!13 a!14))
                      a!15)
                 (and (= |folio.refcount[F0]@0| #x00)
                      (= |folio.mapcount[F0]@0| #x00)
                      (= a!13 #x00)
                      (= a!14 #x00)
                      a!16)))
      (a!22 (ite (not (= |folio.used[F1]@0| #x00))
                 (and (= |folio.refcount[F1]@0|
                         (bvadd |folio.mapcount[F1]@0| a!18 a!19))
                      a!20)
                 (and (= |folio.refcount[F1]@0| #x00)
                      (= |folio.mapcount[F1]@0| #x00)
                      (= a!18 #x00)
                      (= a!19 #x00)
                      a!21)))
      (a!24 (and (bvuge (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!23))
      (a!28 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00))) a!27))
      (a!31 (and (bvuge (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!30))
      (a!33 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!14 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!34 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!19 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!38 (and (= migrate0.pc@0 #x02)
                 a!36
                 (= (ite (= a!37 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!50 (and a!48
                 a!49
                 (= (ite (= |pte.folio[P0][0]@1| #x00)
                         |folio.index[F0]@1|
                         |folio.index[F1]@1|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@1|)
                 (= |anon_vma.list[av0][0]@1| #x00)))
      (a!53 (and (= migrate0.pc@1 #x05)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!52))
      (a!54 (and (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (= |folio.refcount[F0]@1| #x02)
                 a!52))
      (a!58 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!56)
                 (and (= shmem.i_pages@1 fault0.page@1) a!57)))
      (a!64 (ite (not (= |folio.used[F0]@1| #x00))
                 (and (= |folio.refcount[F0]@1|
                         (bvadd |folio.mapcount[F0]@1| a!60 a!61))
                      a!62)
                 (and (= |folio.refcount[F0]@1| #x00)
                      (= |folio.mapcount[F0]@1| #x00)
                      (= a!60 #x00)
                      (= a!61 #x00)
                      a!63)))
      (a!69 (ite (not (= |folio.used[F1]@1| #x00))
                 (and (= |folio.refcount[F1]@1|
                         (bvadd |folio.mapcount[F1]@1| a!65 a!66))
                      a!67)
                 (and (= |folio.refcount[F1]@1| #x00)
                      (= |folio.mapcount[F1]@1| #x00)
                      (= a!65 #x00)
                      (= a!66 #x00)
                      a!68)))
      (a!71 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!70))
      (a!75 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!74))
      (a!78 (and (bvuge (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!77))
      (a!80 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!61 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!81 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!66 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!85 (and (= migrate0.pc@1 #x02)
                 a!83
                 (= (ite (= a!84 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!97 (and a!95
                 a!96
                 (= (ite (= |pte.folio[P0][0]@2| #x00)
                         |folio.index[F0]@2|
                         |folio.index[F1]@2|)
                    #x00)
                 (bvult #x00 |anon_vma.len[av0]@2|)
                 (= |anon_vma.list[av0][0]@2| #x00)))
      (a!100 (and (= migrate0.pc@2 #x05)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (= |folio.refcount[F0]@2| #x02)
                  a!99))
      (a!101 (and (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (= |folio.refcount[F0]@2| #x02)
                  a!99))
      (a!105 (ite (not (= fault0.from_swap@2 #x00))
                  (and (= swapper_space.i_pages@2 fault0.page@2) a!103)
                  (and (= shmem.i_pages@2 fault0.page@2) a!104)))
      (a!111 (ite (not (= |folio.used[F0]@2| #x00))
                  (and (= |folio.refcount[F0]@2|
                          (bvadd |folio.mapcount[F0]@2| a!107 a!108))
                       a!109)
                  (and (= |folio.refcount[F0]@2| #x00)
                       (= |folio.mapcount[F0]@2| #x00)
                       (= a!107 #x00)
                       (= a!108 #x00)
                       a!110)))
      (a!116 (ite (not (= |folio.used[F1]@2| #x00))
                  (and (= |folio.refcount[F1]@2|
                          (bvadd |folio.mapcount[F1]@2| a!112 a!113))
                       a!114)
                  (and (= |folio.refcount[F1]@2| #x00)
                       (= |folio.mapcount[F1]@2| #x00)
                       (= a!112 #x00)
                       (= a!113 #x00)
                       a!115)))
      (a!118 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!117))
      (a!122 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  a!121))
      (a!125 (and (bvuge (ite (= fault0.page@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!124))
      (a!127 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00)
                          (bvugt a!108 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!128 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00)
                          (bvugt a!113 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!132 (and (= migrate0.pc@2 #x02)
                  a!130
                  (= (ite (= a!131 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!144 (and a!142
                  a!143
                  (= (ite (= |pte.folio[P0][0]@3| #x00)
                          |folio.index[F0]@3|
                          |folio.index[F1]@3|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@3|)
                  (= |anon_vma.list[av0][0]@3| #x00)))
      (a!147 (and (= migrate0.pc@3 #x05)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!146))
      (a!148 (and (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (= |folio.refcount[F0]@3| #x02)
                  a!146))
      (a!152 (ite (not (= fault0.from_swap@3 #x00))
                  (and (= swapper_space.i_pages@3 fault0.page@3) a!150)
                  (and (= shmem.i_pages@3 fault0.page@3) a!151)))
      (a!158 (ite (not (= |folio.used[F0]@3| #x00))
                  (and (= |folio.refcount[F0]@3|
                          (bvadd |folio.mapcount[F0]@3| a!154 a!155))
                       a!156)
                  (and (= |folio.refcount[F0]@3| #x00)
                       (= |folio.mapcount[F0]@3| #x00)
                       (= a!154 #x00)
                       (= a!155 #x00)
                       a!157)))
      (a!163 (ite (not (= |folio.used[F1]@3| #x00))
                  (and (= |folio.refcount[F1]@3|
                          (bvadd |folio.mapcount[F1]@3| a!159 a!160))
                       a!161)
                  (and (= |folio.refcount[F1]@3| #x00)
                       (= |folio.mapcount[F1]@3| #x00)
                       (= a!159 #x00)
                       (= a!160 #x00)
                       a!162)))
      (a!165 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!164))
      (a!169 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!168))
      (a!172 (and (bvuge (ite (= fault0.page@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!171))
      (a!174 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!155 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!175 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!160 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!179 (and (= migrate0.pc@3 #x02)
                  a!177
                  (= (ite (= a!178 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!191 (and a!189
                  a!190
                  (= (ite (= |pte.folio[P0][0]@4| #x00)
                          |folio.index[F0]@4|
                          |folio.index[F1]@4|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@4|)
                  (= |anon_vma.list[av0][0]@4| #x00)))
      (a!194 (and (= migrate0.pc@4 #x05)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!193))
      (a!195 (and (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (= |folio.refcount[F0]@4| #x02)
                  a!193))
      (a!199 (ite (not (= fault0.from_swap@4 #x00))
                  (and (= swapper_space.i_pages@4 fault0.page@4) a!197)
                  (and (= shmem.i_pages@4 fault0.page@4) a!198)))
      (a!205 (ite (not (= |folio.used[F0]@4| #x00))
                  (and (= |folio.refcount[F0]@4|
                          (bvadd |folio.mapcount[F0]@4| a!201 a!202))
                       a!203)
                  (and (= |folio.refcount[F0]@4| #x00)
                       (= |folio.mapcount[F0]@4| #x00)
                       (= a!201 #x00)
                       (= a!202 #x00)
                       a!204)))
      (a!210 (ite (not (= |folio.used[F1]@4| #x00))
                  (and (= |folio.refcount[F1]@4|
                          (bvadd |folio.mapcount[F1]@4| a!206 a!207))
                       a!208)
                  (and (= |folio.refcount[F1]@4| #x00)
                       (= |folio.mapcount[F1]@4| #x00)
                       (= a!206 #x00)
                       (= a!207 #x00)
                       a!209)))
      (a!212 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!211))
      (a!216 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!215))
      (a!219 (and (bvuge (ite (= fault0.page@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!218))
      (a!221 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!202 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!222 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!207 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!226 (and (= migrate0.pc@4 #x02)
                  a!224
                  (= (ite (= a!225 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!238 (and a!236
                  a!237
                  (= (ite (= |pte.folio[P0][0]@5| #x00)
                          |folio.index[F0]@5|
                          |folio.index[F1]@5|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@5|)
                  (= |anon_vma.list[av0][0]@5| #x00)))
      (a!241 (and (= migrate0.pc@5 #x05)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!240))
      (a!242 (and (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (= |folio.refcount[F0]@5| #x02)
                  a!240))
      (a!246 (ite (not (= fault0.from_swap@5 #x00))
                  (and (= swapper_space.i_pages@5 fault0.page@5) a!244)
                  (and (= shmem.i_pages@5 fault0.page@5) a!245)))
      (a!252 (ite (not (= |folio.used[F0]@5| #x00))
                  (and (= |folio.refcount[F0]@5|
                          (bvadd |folio.mapcount[F0]@5| a!248 a!249))
                       a!250)
                  (and (= |folio.refcount[F0]@5| #x00)
                       (= |folio.mapcount[F0]@5| #x00)
                       (= a!248 #x00)
                       (= a!249 #x00)
                       a!251)))
      (a!257 (ite (not (= |folio.used[F1]@5| #x00))
                  (and (= |folio.refcount[F1]@5|
                          (bvadd |folio.mapcount[F1]@5| a!253 a!254))
                       a!255)
                  (and (= |folio.refcount[F1]@5| #x00)
                       (= |folio.mapcount[F1]@5| #x00)
                       (= a!253 #x00)
                       (= a!254 #x00)
                       a!256)))
      (a!259 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!258))
      (a!263 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!262))
      (a!266 (and (bvuge (ite (= fault0.page@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!265))
      (a!268 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!249 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!269 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!254 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!273 (and (= migrate0.pc@5 #x02)
                  a!271
                  (= (ite (= a!272 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!285 (and a!283
                  a!284
                  (= (ite (= |pte.folio[P0][0]@6| #x00)
                          |folio.index[F0]@6|
                          |folio.index[F1]@6|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@6|)
                  (= |anon_vma.list[av0][0]@6| #x00)))
      (a!288 (and (= migrate0.pc@6 #x05)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!287))
      (a!289 (and (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (= |folio.refcount[F0]@6| #x02)
                  a!287))
      (a!293 (ite (not (= fault0.from_swap@6 #x00))
                  (and (= swapper_space.i_pages@6 fault0.page@6) a!291)
                  (and (= shmem.i_pages@6 fault0.page@6) a!292)))
      (a!299 (ite (not (= |folio.used[F0]@6| #x00))
                  (and (= |folio.refcount[F0]@6|
                          (bvadd |folio.mapcount[F0]@6| a!295 a!296))
                       a!297)
                  (and (= |folio.refcount[F0]@6| #x00)
                       (= |folio.mapcount[F0]@6| #x00)
                       (= a!295 #x00)
                       (= a!296 #x00)
                       a!298)))
      (a!304 (ite (not (= |folio.used[F1]@6| #x00))
                  (and (= |folio.refcount[F1]@6|
                          (bvadd |folio.mapcount[F1]@6| a!300 a!301))
                       a!302)
                  (and (= |folio.refcount[F1]@6| #x00)
                       (= |folio.mapcount[F1]@6| #x00)
                       (= a!300 #x00)
                       (= a!301 #x00)
                       a!303)))
      (a!306 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!305))
      (a!310 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!309))
      (a!313 (and (bvuge (ite (= fault0.page@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!312))
      (a!315 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!296 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!316 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!301 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!320 (and (= migrate0.pc@6 #x02)
                  a!318
                  (= (ite (= a!319 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!332 (and a!330
                  a!331
                  (= (ite (= |pte.folio[P0][0]@7| #x00)
                          |folio.index[F0]@7|
                          |folio.index[F1]@7|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@7|)
                  (= |anon_vma.list[av0][0]@7| #x00)))
      (a!335 (and (= migrate0.pc@7 #x05)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!334))
      (a!336 (and (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (= |folio.refcount[F0]@7| #x02)
                  a!334))
      (a!340 (ite (not (= fault0.from_swap@7 #x00))
                  (and (= swapper_space.i_pages@7 fault0.page@7) a!338)
                  (and (= shmem.i_pages@7 fault0.page@7) a!339)))
      (a!346 (ite (not (= |folio.used[F0]@7| #x00))
                  (and (= |folio.refcount[F0]@7|
                          (bvadd |folio.mapcount[F0]@7| a!342 a!343))
                       a!344)
                  (and (= |folio.refcount[F0]@7| #x00)
                       (= |folio.mapcount[F0]@7| #x00)
                       (= a!342 #x00)
                       (= a!343 #x00)
                       a!345)))
      (a!351 (ite (not (= |folio.used[F1]@7| #x00))
                  (and (= |folio.refcount[F1]@7|
                          (bvadd |folio.mapcount[F1]@7| a!347 a!348))
                       a!349)
                  (and (= |folio.refcount[F1]@7| #x00)
                       (= |folio.mapcount[F1]@7| #x00)
                       (= a!347 #x00)
                       (= a!348 #x00)
                       a!350)))
      (a!353 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!352))
      (a!357 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!356))
      (a!360 (and (bvuge (ite (= fault0.page@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!359))
      (a!362 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!343 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!363 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!348 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!367 (and (= migrate0.pc@7 #x02)
                  a!365
                  (= (ite (= a!366 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!379 (and a!377
                  a!378
                  (= (ite (= |pte.folio[P0][0]@8| #x00)
                          |folio.index[F0]@8|
                          |folio.index[F1]@8|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@8|)
                  (= |anon_vma.list[av0][0]@8| #x00)))
      (a!382 (and (= migrate0.pc@8 #x05)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!381))
      (a!383 (and (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (= |folio.refcount[F0]@8| #x02)
                  a!381))
      (a!387 (ite (not (= fault0.from_swap@8 #x00))
                  (and (= swapper_space.i_pages@8 fault0.page@8) a!385)
                  (and (= shmem.i_pages@8 fault0.page@8) a!386)))
      (a!393 (ite (not (= |folio.used[F0]@8| #x00))
                  (and (= |folio.refcount[F0]@8|
                          (bvadd |folio.mapcount[F0]@8| a!389 a!390))
                       a!391)
                  (and (= |folio.refcount[F0]@8| #x00)
                       (= |folio.mapcount[F0]@8| #x00)
                       (= a!389 #x00)
                       (= a!390 #x00)
                       a!392)))
      (a!398 (ite (not (= |folio.used[F1]@8| #x00))
                  (and (= |folio.refcount[F1]@8|
                          (bvadd |folio.mapcount[F1]@8| a!394 a!395))
                       a!396)
                  (and (= |folio.refcount[F1]@8| #x00)
                       (= |folio.mapcount[F1]@8| #x00)
                       (= a!394 #x00)
                       (= a!395 #x00)
                       a!397)))
      (a!400 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!399))
      (a!404 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!403))
      (a!407 (and (bvuge (ite (= fault0.page@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!406))
      (a!409 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!390 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!410 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!395 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!414 (and (= migrate0.pc@8 #x02)
                  a!412
                  (= (ite (= a!413 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!426 (and a!424
                  a!425
                  (= (ite (= |pte.folio[P0][0]@9| #x00)
                          |folio.index[F0]@9|
                          |folio.index[F1]@9|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@9|)
                  (= |anon_vma.list[av0][0]@9| #x00)))
      (a!429 (and (= migrate0.pc@9 #x05)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!428))
      (a!430 (and (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (= |folio.refcount[F0]@9| #x02)
                  a!428))
      (a!434 (ite (not (= fault0.from_swap@9 #x00))
                  (and (= swapper_space.i_pages@9 fault0.page@9) a!432)
                  (and (= shmem.i_pages@9 fault0.page@9) a!433)))
      (a!440 (ite (not (= |folio.used[F0]@9| #x00))
                  (and (= |folio.refcount[F0]@9|
                          (bvadd |folio.mapcount[F0]@9| a!436 a!437))
                       a!438)
                  (and (= |folio.refcount[F0]@9| #x00)
                       (= |folio.mapcount[F0]@9| #x00)
                       (= a!436 #x00)
                       (= a!437 #x00)
                       a!439)))
      (a!445 (ite (not (= |folio.used[F1]@9| #x00))
                  (and (= |folio.refcount[F1]@9|
                          (bvadd |folio.mapcount[F1]@9| a!441 a!442))
                       a!443)
                  (and (= |folio.refcount[F1]@9| #x00)
                       (= |folio.mapcount[F1]@9| #x00)
                       (= a!441 #x00)
                       (= a!442 #x00)
                       a!444)))
      (a!447 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!446))
      (a!451 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!450))
      (a!454 (and (bvuge (ite (= fault0.page@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!453))
      (a!456 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!437 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!457 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!442 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!461 (and (= migrate0.pc@9 #x02)
                  a!459
                  (= (ite (= a!460 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!473 (and a!471
                  a!472
                  (= (ite (= |pte.folio[P0][0]@10| #x00)
                          |folio.index[F0]@10|
                          |folio.index[F1]@10|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@10|)
                  (= |anon_vma.list[av0][0]@10| #x00)))
      (a!476 (and (= migrate0.pc@10 #x05)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!475))
      (a!477 (and (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (= |folio.refcount[F0]@10| #x02)
                  a!475))
      (a!481 (ite (not (= fault0.from_swap@10 #x00))
                  (and (= swapper_space.i_pages@10 fault0.page@10) a!479)
                  (and (= shmem.i_pages@10 fault0.page@10) a!480)))
      (a!487 (ite (not (= |folio.used[F0]@10| #x00))
                  (and (= |folio.refcount[F0]@10|
                          (bvadd |folio.mapcount[F0]@10| a!483 a!484))
                       a!485)
                  (and (= |folio.refcount[F0]@10| #x00)
                       (= |folio.mapcount[F0]@10| #x00)
                       (= a!483 #x00)
                       (= a!484 #x00)
                       a!486)))
      (a!492 (ite (not (= |folio.used[F1]@10| #x00))
                  (and (= |folio.refcount[F1]@10|
                          (bvadd |folio.mapcount[F1]@10| a!488 a!489))
                       a!490)
                  (and (= |folio.refcount[F1]@10| #x00)
                       (= |folio.mapcount[F1]@10| #x00)
                       (= a!488 #x00)
                       (= a!489 #x00)
                       a!491)))
      (a!494 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!493))
      (a!498 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!497))
      (a!501 (and (bvuge (ite (= fault0.page@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!500))
      (a!503 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!484 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!504 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!489 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!508 (and (= migrate0.pc@10 #x02)
                  a!506
                  (= (ite (= a!507 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!520 (and a!518
                  a!519
                  (= (ite (= |pte.folio[P0][0]@11| #x00)
                          |folio.index[F0]@11|
                          |folio.index[F1]@11|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@11|)
                  (= |anon_vma.list[av0][0]@11| #x00)))
      (a!523 (and (= migrate0.pc@11 #x05)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!522))
      (a!524 (and (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (= |folio.refcount[F0]@11| #x02)
                  a!522))
      (a!528 (ite (not (= fault0.from_swap@11 #x00))
                  (and (= swapper_space.i_pages@11 fault0.page@11) a!526)
                  (and (= shmem.i_pages@11 fault0.page@11) a!527)))
      (a!534 (ite (not (= |folio.used[F0]@11| #x00))
                  (and (= |folio.refcount[F0]@11|
                          (bvadd |folio.mapcount[F0]@11| a!530 a!531))
                       a!532)
                  (and (= |folio.refcount[F0]@11| #x00)
                       (= |folio.mapcount[F0]@11| #x00)
                       (= a!530 #x00)
                       (= a!531 #x00)
                       a!533)))
      (a!539 (ite (not (= |folio.used[F1]@11| #x00))
                  (and (= |folio.refcount[F1]@11|
                          (bvadd |folio.mapcount[F1]@11| a!535 a!536))
                       a!537)
                  (and (= |folio.refcount[F1]@11| #x00)
                       (= |folio.mapcount[F1]@11| #x00)
                       (= a!535 #x00)
                       (= a!536 #x00)
                       a!538)))
      (a!541 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!540))
      (a!545 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!544))
      (a!548 (and (bvuge (ite (= fault0.page@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!547))
      (a!550 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!531 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!551 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!536 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!555 (and (= migrate0.pc@11 #x02)
                  a!553
                  (= (ite (= a!554 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!567 (and a!565
                  a!566
                  (= (ite (= |pte.folio[P0][0]@12| #x00)
                          |folio.index[F0]@12|
                          |folio.index[F1]@12|)
                     #x00)
                  (bvult #x00 |anon_vma.len[av0]@12|)
                  (= |anon_vma.list[av0][0]@12| #x00)))
      (a!570 (and (= migrate0.pc@12 #x05)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!569))
      (a!571 (and (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (= |folio.refcount[F0]@12| #x02)
                  a!569))
      (a!575 (ite (not (= fault0.from_swap@12 #x00))
                  (and (= swapper_space.i_pages@12 fault0.page@12) a!573)
                  (and (= shmem.i_pages@12 fault0.page@12) a!574)))
      (a!581 (ite (not (= |folio.used[F0]@12| #x00))
                  (and (= |folio.refcount[F0]@12|
                          (bvadd |folio.mapcount[F0]@12| a!577 a!578))
                       a!579)
                  (and (= |folio.refcount[F0]@12| #x00)
                       (= |folio.mapcount[F0]@12| #x00)
                       (= a!577 #x00)
                       (= a!578 #x00)
                       a!580)))
      (a!586 (ite (not (= |folio.used[F1]@12| #x00))
                  (and (= |folio.refcount[F1]@12|
                          (bvadd |folio.mapcount[F1]@12| a!582 a!583))
                       a!584)
                  (and (= |folio.refcount[F1]@12| #x00)
                       (= |folio.mapcount[F1]@12| #x00)
                       (= a!582 #x00)
                       (= a!583 #x00)
                       a!585)))
      (a!588 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!587))
      (a!592 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!591))
      (a!595 (and (bvuge (ite (= fault0.page@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!594))
      (a!597 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!578 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!598 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!583 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!602 (and (= migrate0.pc@12 #x02)
                  a!600
                  (= (ite (= a!601 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (or (not (not (= |pte[P0][0]@0| #x00))) a!3))
      (a!26 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!24)))
      (a!47 (or (and (= migrate0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= migrate0.pc@0 #x00) a!35)
                (and (= migrate0.pc@0 #x01) (= |PG_locked[F0]@0| #x00))
                a!38
                a!39
                a!40
                a!41
                (and (= migrate0.pc@0 #x03) a!42)
                (= migrate0.pc@0 #x04)
                a!6
                (and (= migrate0.pc@0 #x05) (not a!7))
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!25
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!29
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))
                (and (= fault0.pc@0 #x00) (not (= shmem.i_pages@0 #x02)))
                (and (= fault0.pc@0 #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!43
                (and (= fault0.pc@0 #x02) a!11)
                (and (= fault0.pc@0 #x02) (not a!11))
                (and (= kswapd0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))
                (and (= kswapd0.pc@0 #x00) a!44)
                a!45
                (and (= kswapd0.pc@0 #x01) (not a!46))
                (= kswapd0.pc@0 #x02)))
      (a!51 (or (not (not (= |pte[P0][0]@1| #x00))) a!50))
      (a!73 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!71)))
      (a!94 (or (and (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!82)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!85
                a!86
                a!87
                a!88
                (and (= migrate0.pc@1 #x03) a!89)
                (= migrate0.pc@1 #x04)
                a!53
                (and (= migrate0.pc@1 #x05) (not a!54))
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!72
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!76
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))
                (and (= fault0.pc@1 #x00) (not (= shmem.i_pages@1 #x02)))
                (and (= fault0.pc@1 #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!90
                (and (= fault0.pc@1 #x02) a!58)
                (and (= fault0.pc@1 #x02) (not a!58))
                (and (= kswapd0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))
                (and (= kswapd0.pc@1 #x00) a!91)
                a!92
                (and (= kswapd0.pc@1 #x01) (not a!93))
                (= kswapd0.pc@1 #x02)))
      (a!98 (or (not (not (= |pte[P0][0]@2| #x00))) a!97))
      (a!120 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                  (not a!118)))
      (a!141 (or (and (= migrate0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!129)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!132
                 a!133
                 a!134
                 a!135
                 (and (= migrate0.pc@2 #x03) a!136)
                 (= migrate0.pc@2 #x04)
                 a!100
                 (and (= migrate0.pc@2 #x05) (not a!101))
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!119
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!123
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))
                 (and (= fault0.pc@2 #x00) (not (= shmem.i_pages@2 #x02)))
                 (and (= fault0.pc@2 #x00)
                      (= shmem.i_pages@2 #x02)
                      (not (= swapper_space.i_pages@2 #x02)))
                 a!137
                 (and (= fault0.pc@2 #x02) a!105)
                 (and (= fault0.pc@2 #x02) (not a!105))
                 (and (= kswapd0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))
                 (and (= kswapd0.pc@2 #x00) a!138)
                 a!139
                 (and (= kswapd0.pc@2 #x01) (not a!140))
                 (= kswapd0.pc@2 #x02)))
      (a!145 (or (not (not (= |pte[P0][0]@3| #x00))) a!144))
      (a!167 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!165)))
      (a!188 (or (and (= migrate0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!176)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!179
                 a!180
                 a!181
                 a!182
                 (and (= migrate0.pc@3 #x03) a!183)
                 (= migrate0.pc@3 #x04)
                 a!147
                 (and (= migrate0.pc@3 #x05) (not a!148))
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!166
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!170
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))
                 (and (= fault0.pc@3 #x00) (not (= shmem.i_pages@3 #x02)))
                 (and (= fault0.pc@3 #x00)
                      (= shmem.i_pages@3 #x02)
                      (not (= swapper_space.i_pages@3 #x02)))
                 a!184
                 (and (= fault0.pc@3 #x02) a!152)
                 (and (= fault0.pc@3 #x02) (not a!152))
                 (and (= kswapd0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))
                 (and (= kswapd0.pc@3 #x00) a!185)
                 a!186
                 (and (= kswapd0.pc@3 #x01) (not a!187))
                 (= kswapd0.pc@3 #x02)))
      (a!192 (or (not (not (= |pte[P0][0]@4| #x00))) a!191))
      (a!214 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!212)))
      (a!235 (or (and (= migrate0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!223)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!226
                 a!227
                 a!228
                 a!229
                 (and (= migrate0.pc@4 #x03) a!230)
                 (= migrate0.pc@4 #x04)
                 a!194
                 (and (= migrate0.pc@4 #x05) (not a!195))
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!213
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!217
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))
                 (and (= fault0.pc@4 #x00) (not (= shmem.i_pages@4 #x02)))
                 (and (= fault0.pc@4 #x00)
                      (= shmem.i_pages@4 #x02)
                      (not (= swapper_space.i_pages@4 #x02)))
                 a!231
                 (and (= fault0.pc@4 #x02) a!199)
                 (and (= fault0.pc@4 #x02) (not a!199))
                 (and (= kswapd0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))
                 (and (= kswapd0.pc@4 #x00) a!232)
                 a!233
                 (and (= kswapd0.pc@4 #x01) (not a!234))
                 (= kswapd0.pc@4 #x02)))
      (a!239 (or (not (not (= |pte[P0][0]@5| #x00))) a!238))
      (a!261 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!259)))
      (a!282 (or (and (= migrate0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!270)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!273
                 a!274
                 a!275
                 a!276
                 (and (= migrate0.pc@5 #x03) a!277)
                 (= migrate0.pc@5 #x04)
                 a!241
                 (and (= migrate0.pc@5 #x05) (not a!242))
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!260
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!264
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))
                 (and (= fault0.pc@5 #x00) (not (= shmem.i_pages@5 #x02)))
                 (and (= fault0.pc@5 #x00)
                      (= shmem.i_pages@5 #x02)
                      (not (= swapper_space.i_pages@5 #x02)))
                 a!278
                 (and (= fault0.pc@5 #x02) a!246)
                 (and (= fault0.pc@5 #x02) (not a!246))
                 (and (= kswapd0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))
                 (and (= kswapd0.pc@5 #x00) a!279)
                 a!280
                 (and (= kswapd0.pc@5 #x01) (not a!281))
                 (= kswapd0.pc@5 #x02)))
      (a!286 (or (not (not (= |pte[P0][0]@6| #x00))) a!285))
      (a!308 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!306)))
      (a!329 (or (and (= migrate0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!317)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!320
                 a!321
                 a!322
                 a!323
                 (and (= migrate0.pc@6 #x03) a!324)
                 (= migrate0.pc@6 #x04)
                 a!288
                 (and (= migrate0.pc@6 #x05) (not a!289))
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!307
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!311
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))
                 (and (= fault0.pc@6 #x00) (not (= shmem.i_pages@6 #x02)))
                 (and (= fault0.pc@6 #x00)
                      (= shmem.i_pages@6 #x02)
                      (not (= swapper_space.i_pages@6 #x02)))
                 a!325
                 (and (= fault0.pc@6 #x02) a!293)
                 (and (= fault0.pc@6 #x02) (not a!293))
                 (and (= kswapd0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))
                 (and (= kswapd0.pc@6 #x00) a!326)
                 a!327
                 (and (= kswapd0.pc@6 #x01) (not a!328))
                 (= kswapd0.pc@6 #x02)))
      (a!333 (or (not (not (= |pte[P0][0]@7| #x00))) a!332))
      (a!355 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!353)))
      (a!376 (or (and (= migrate0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!364)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!367
                 a!368
                 a!369
                 a!370
                 (and (= migrate0.pc@7 #x03) a!371)
                 (= migrate0.pc@7 #x04)
                 a!335
                 (and (= migrate0.pc@7 #x05) (not a!336))
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!354
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!358
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))
                 (and (= fault0.pc@7 #x00) (not (= shmem.i_pages@7 #x02)))
                 (and (= fault0.pc@7 #x00)
                      (= shmem.i_pages@7 #x02)
                      (not (= swapper_space.i_pages@7 #x02)))
                 a!372
                 (and (= fault0.pc@7 #x02) a!340)
                 (and (= fault0.pc@7 #x02) (not a!340))
                 (and (= kswapd0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))
                 (and (= kswapd0.pc@7 #x00) a!373)
                 a!374
                 (and (= kswapd0.pc@7 #x01) (not a!375))
                 (= kswapd0.pc@7 #x02)))
      (a!380 (or (not (not (= |pte[P0][0]@8| #x00))) a!379))
      (a!402 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!400)))
      (a!423 (or (and (= migrate0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!411)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!414
                 a!415
                 a!416
                 a!417
                 (and (= migrate0.pc@8 #x03) a!418)
                 (= migrate0.pc@8 #x04)
                 a!382
                 (and (= migrate0.pc@8 #x05) (not a!383))
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!401
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!405
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))
                 (and (= fault0.pc@8 #x00) (not (= shmem.i_pages@8 #x02)))
                 (and (= fault0.pc@8 #x00)
                      (= shmem.i_pages@8 #x02)
                      (not (= swapper_space.i_pages@8 #x02)))
                 a!419
                 (and (= fault0.pc@8 #x02) a!387)
                 (and (= fault0.pc@8 #x02) (not a!387))
                 (and (= kswapd0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))
                 (and (= kswapd0.pc@8 #x00) a!420)
                 a!421
                 (and (= kswapd0.pc@8 #x01) (not a!422))
                 (= kswapd0.pc@8 #x02)))
      (a!427 (or (not (not (= |pte[P0][0]@9| #x00))) a!426))
      (a!449 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!447)))
      (a!470 (or (and (= migrate0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!458)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!461
                 a!462
                 a!463
                 a!464
                 (and (= migrate0.pc@9 #x03) a!465)
                 (= migrate0.pc@9 #x04)
                 a!429
                 (and (= migrate0.pc@9 #x05) (not a!430))
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!448
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!452
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))
                 (and (= fault0.pc@9 #x00) (not (= shmem.i_pages@9 #x02)))
                 (and (= fault0.pc@9 #x00)
                      (= shmem.i_pages@9 #x02)
                      (not (= swapper_space.i_pages@9 #x02)))
                 a!466
                 (and (= fault0.pc@9 #x02) a!434)
                 (and (= fault0.pc@9 #x02) (not a!434))
                 (and (= kswapd0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))
                 (and (= kswapd0.pc@9 #x00) a!467)
                 a!468
                 (and (= kswapd0.pc@9 #x01) (not a!469))
                 (= kswapd0.pc@9 #x02)))
      (a!474 (or (not (not (= |pte[P0][0]@10| #x00))) a!473))
      (a!496 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!494)))
      (a!517 (or (and (= migrate0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!505)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!508
                 a!509
                 a!510
                 a!511
                 (and (= migrate0.pc@10 #x03) a!512)
                 (= migrate0.pc@10 #x04)
                 a!476
                 (and (= migrate0.pc@10 #x05) (not a!477))
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!495
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!499
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))
                 (and (= fault0.pc@10 #x00) (not (= shmem.i_pages@10 #x02)))
                 (and (= fault0.pc@10 #x00)
                      (= shmem.i_pages@10 #x02)
                      (not (= swapper_space.i_pages@10 #x02)))
                 a!513
                 (and (= fault0.pc@10 #x02) a!481)
                 (and (= fault0.pc@10 #x02) (not a!481))
                 (and (= kswapd0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))
                 (and (= kswapd0.pc@10 #x00) a!514)
                 a!515
                 (and (= kswapd0.pc@10 #x01) (not a!516))
                 (= kswapd0.pc@10 #x02)))
      (a!521 (or (not (not (= |pte[P0][0]@11| #x00))) a!520))
      (a!543 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!541)))
      (a!564 (or (and (= migrate0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!552)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!555
                 a!556
                 a!557
                 a!558
                 (and (= migrate0.pc@11 #x03) a!559)
                 (= migrate0.pc@11 #x04)
                 a!523
                 (and (= migrate0.pc@11 #x05) (not a!524))
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!542
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!546
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))
                 (and (= fault0.pc@11 #x00) (not (= shmem.i_pages@11 #x02)))
                 (and (= fault0.pc@11 #x00)
                      (= shmem.i_pages@11 #x02)
                      (not (= swapper_space.i_pages@11 #x02)))
                 a!560
                 (and (= fault0.pc@11 #x02) a!528)
                 (and (= fault0.pc@11 #x02) (not a!528))
                 (and (= kswapd0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))
                 (and (= kswapd0.pc@11 #x00) a!561)
                 a!562
                 (and (= kswapd0.pc@11 #x01) (not a!563))
                 (= kswapd0.pc@11 #x02)))
      (a!568 (or (not (not (= |pte[P0][0]@12| #x00))) a!567))
      (a!590 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!588)))
      (a!611 (or (and (= migrate0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!599)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!602
                 a!603
                 a!604
                 a!605
                 (and (= migrate0.pc@12 #x03) a!606)
                 (= migrate0.pc@12 #x04)
                 a!570
                 (and (= migrate0.pc@12 #x05) (not a!571))
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!589
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!593
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01))
                 (and (= fault0.pc@12 #x00) (not (= shmem.i_pages@12 #x02)))
                 (and (= fault0.pc@12 #x00)
                      (= shmem.i_pages@12 #x02)
                      (not (= swapper_space.i_pages@12 #x02)))
                 a!607
                 (and (= fault0.pc@12 #x02) a!575)
                 (and (= fault0.pc@12 #x02) (not a!575))
                 (and (= kswapd0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))
                 (and (= kswapd0.pc@12 #x00) a!608)
                 a!609
                 (and (= kswapd0.pc@12 #x01) (not a!610))
                 (= kswapd0.pc@12 #x02))))
  (or (not a!4)
      (and a!6 (not true))
      (and (and (= migrate0.pc@0 #x05) (not a!7)) (not true))
      (not a!8)
      (and (and (= fault0.pc@0 #x02) a!11) a!12)
      (not (and a!17 a!22))
      (and (= migrate0.pc@0 #x04) (not a!24))
      (and a!25 (not a!24))
      a!26
      a!28
      (and a!29 a!27)
      (and (and (= fault0.pc@0 #x02) a!11) (not a!31))
      (and (and (= fault0.pc@0 #x02) (not a!11)) (not a!31))
      (and (= kswapd0.pc@0 #x02) a!27)
      (and a!32 (not (and a!33 a!34)))
      (and (not a!32) (not a!47))
      (not a!51)
      (and a!53 (not true))
      (and (and (= migrate0.pc@1 #x05) (not a!54)) (not true))
      (not a!55)
      (and (and (= fault0.pc@1 #x02) a!58) a!59)
      (not (and a!64 a!69))
      (and (= migrate0.pc@1 #x04) (not a!71))
      (and a!72 (not a!71))
      a!73
      a!75
      (and a!76 a!74)
      (and (and (= fault0.pc@1 #x02) a!58) (not a!78))
      (and (and (= fault0.pc@1 #x02) (not a!58)) (not a!78))
      (and (= kswapd0.pc@1 #x02) a!74)
      (and a!79 (not (and a!80 a!81)))
      (and (not a!79) (not a!94))
      (not a!98)
      (and a!100 (not true))
      (and (and (= migrate0.pc@2 #x05) (not a!101)) (not true))
      (not a!102)
      (and (and (= fault0.pc@2 #x02) a!105) a!106)
      (not (and a!111 a!116))
      (and (= migrate0.pc@2 #x04) (not a!118))
      (and a!119 (not a!118))
      a!120
      a!122
      (and a!123 a!121)
      (and (and (= fault0.pc@2 #x02) a!105) (not a!125))
      (and (and (= fault0.pc@2 #x02) (not a!105)) (not a!125))
      (and (= kswapd0.pc@2 #x02) a!121)
      (and a!126 (not (and a!127 a!128)))
      (and (not a!126) (not a!141))
      (not a!145)
      (and a!147 (not true))
      (and (and (= migrate0.pc@3 #x05) (not a!148)) (not true))
      (not a!149)
      (and (and (= fault0.pc@3 #x02) a!152) a!153)
      (not (and a!158 a!163))
      (and (= migrate0.pc@3 #x04) (not a!165))
      (and a!166 (not a!165))
      a!167
      a!169
      (and a!170 a!168)
      (and (and (= fault0.pc@3 #x02) a!152) (not a!172))
      (and (and (= fault0.pc@3 #x02) (not a!152)) (not a!172))
      (and (= kswapd0.pc@3 #x02) a!168)
      (and a!173 (not (and a!174 a!175)))
      (and (not a!173) (not a!188))
      (not a!192)
      (and a!194 (not true))
      (and (and (= migrate0.pc@4 #x05) (not a!195)) (not true))
      (not a!196)
      (and (and (= fault0.pc@4 #x02) a!199) a!200)
      (not (and a!205 a!210))
      (and (= migrate0.pc@4 #x04) (not a!212))
      (and a!213 (not a!212))
      a!214
      a!216
      (and a!217 a!215)
      (and (and (= fault0.pc@4 #x02) a!199) (not a!219))
      (and (and (= fault0.pc@4 #x02) (not a!199)) (not a!219))
      (and (= kswapd0.pc@4 #x02) a!215)
      (and a!220 (not (and a!221 a!222)))
      (and (not a!220) (not a!235))
      (not a!239)
      (and a!241 (not true))
      (and (and (= migrate0.pc@5 #x05) (not a!242)) (not true))
      (not a!243)
      (and (and (= fault0.pc@5 #x02) a!246) a!247)
      (not (and a!252 a!257))
      (and (= migrate0.pc@5 #x04) (not a!259))
      (and a!260 (not a!259))
      a!261
      a!263
      (and a!264 a!262)
      (and (and (= fault0.pc@5 #x02) a!246) (not a!266))
      (and (and (= fault0.pc@5 #x02) (not a!246)) (not a!266))
      (and (= kswapd0.pc@5 #x02) a!262)
      (and a!267 (not (and a!268 a!269)))
      (and (not a!267) (not a!282))
      (not a!286)
      (and a!288 (not true))
      (and (and (= migrate0.pc@6 #x05) (not a!289)) (not true))
      (not a!290)
      (and (and (= fault0.pc@6 #x02) a!293) a!294)
      (not (and a!299 a!304))
      (and (= migrate0.pc@6 #x04) (not a!306))
      (and a!307 (not a!306))
      a!308
      a!310
      (and a!311 a!309)
      (and (and (= fault0.pc@6 #x02) a!293) (not a!313))
      (and (and (= fault0.pc@6 #x02) (not a!293)) (not a!313))
      (and (= kswapd0.pc@6 #x02) a!309)
      (and a!314 (not (and a!315 a!316)))
      (and (not a!314) (not a!329))
      (not a!333)
      (and a!335 (not true))
      (and (and (= migrate0.pc@7 #x05) (not a!336)) (not true))
      (not a!337)
      (and (and (= fault0.pc@7 #x02) a!340) a!341)
      (not (and a!346 a!351))
      (and (= migrate0.pc@7 #x04) (not a!353))
      (and a!354 (not a!353))
      a!355
      a!357
      (and a!358 a!356)
      (and (and (= fault0.pc@7 #x02) a!340) (not a!360))
      (and (and (= fault0.pc@7 #x02) (not a!340)) (not a!360))
      (and (= kswapd0.pc@7 #x02) a!356)
      (and a!361 (not (and a!362 a!363)))
      (and (not a!361) (not a!376))
      (not a!380)
      (and a!382 (not true))
      (and (and (= migrate0.pc@8 #x05) (not a!383)) (not true))
      (not a!384)
      (and (and (= fault0.pc@8 #x02) a!387) a!388)
      (not (and a!393 a!398))
      (and (= migrate0.pc@8 #x04) (not a!400))
      (and a!401 (not a!400))
      a!402
      a!404
      (and a!405 a!403)
      (and (and (= fault0.pc@8 #x02) a!387) (not a!407))
      (and (and (= fault0.pc@8 #x02) (not a!387)) (not a!407))
      (and (= kswapd0.pc@8 #x02) a!403)
      (and a!408 (not (and a!409 a!410)))
      (and (not a!408) (not a!423))
      (not a!427)
      (and a!429 (not true))
      (and (and (= migrate0.pc@9 #x05) (not a!430)) (not true))
      (not a!431)
      (and (and (= fault0.pc@9 #x02) a!434) a!435)
      (not (and a!440 a!445))
      (and (= migrate0.pc@9 #x04) (not a!447))
      (and a!448 (not a!447))
      a!449
      a!451
      (and a!452 a!450)
      (and (and (= fault0.pc@9 #x02) a!434) (not a!454))
      (and (and (= fault0.pc@9 #x02) (not a!434)) (not a!454))
      (and (= kswapd0.pc@9 #x02) a!450)
      (and a!455 (not (and a!456 a!457)))
      (and (not a!455) (not a!470))
      (not a!474)
      (and a!476 (not true))
      (and (and (= migrate0.pc@10 #x05) (not a!477)) (not true))
      (not a!478)
      (and (and (= fault0.pc@10 #x02) a!481) a!482)
      (not (and a!487 a!492))
      (and (= migrate0.pc@10 #x04) (not a!494))
      (and a!495 (not a!494))
      a!496
      a!498
      (and a!499 a!497)
      (and (and (= fault0.pc@10 #x02) a!481) (not a!501))
      (and (and (= fault0.pc@10 #x02) (not a!481)) (not a!501))
      (and (= kswapd0.pc@10 #x02) a!497)
      (and a!502 (not (and a!503 a!504)))
      (and (not a!502) (not a!517))
      (not a!521)
      (and a!523 (not true))
      (and (and (= migrate0.pc@11 #x05) (not a!524)) (not true))
      (not a!525)
      (and (and (= fault0.pc@11 #x02) a!528) a!529)
      (not (and a!534 a!539))
      (and (= migrate0.pc@11 #x04) (not a!541))
      (and a!542 (not a!541))
      a!543
      a!545
      (and a!546 a!544)
      (and (and (= fault0.pc@11 #x02) a!528) (not a!548))
      (and (and (= fault0.pc@11 #x02) (not a!528)) (not a!548))
      (and (= kswapd0.pc@11 #x02) a!544)
      (and a!549 (not (and a!550 a!551)))
      (and (not a!549) (not a!564))
      (not a!568)
      (and a!570 (not true))
      (and (and (= migrate0.pc@12 #x05) (not a!571)) (not true))
      (not a!572)
      (and (and (= fault0.pc@12 #x02) a!575) a!576)
      (not (and a!581 a!586))
      (and (= migrate0.pc@12 #x04) (not a!588))
      (and a!589 (not a!588))
      a!590
      a!592
      (and a!593 a!591)
      (and (and (= fault0.pc@12 #x02) a!575) (not a!595))
      (and (and (= fault0.pc@12 #x02) (not a!575)) (not a!595))
      (and (= kswapd0.pc@12 #x02) a!591)
      (and a!596 (not (and a!597 a!598)))
      (and (not a!596) (not a!611)))))))
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
                           (ite (= rule@11 #x1b)
                                (ite (= |folio.refcount[F0]@11| #x01)
                                     #x00
                                     |folio.node[F0]@11|)
                                |folio.node[F0]@11|)
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
           (let ((a!4 (ite (or (not (= fault0.page@11 #x01))
                               (not (= rule@11 #x15)))
                           a!3
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@11 #x08))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!3 (ite (or (not (= fault0.page@11 #x01))
                               (not (= rule@11 #x15)))
                           a!2
                           a!1)))
           (let ((a!5 (ite (or (not (= rule@11 #x0e))
                               (not (= migrate0.newpage@11 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@11 #x0b))
                               (not (= migrate0.newpage@11 #x01)))
                           a!6
                           |PG_dirty[F0]@11|)))
             (ite (or (not (= rule@11 #x08)) (not (= migrate0.newpage@11 #x01)))
                  a!7
                  a!4))))))))
(model-add |&mm->mmap_lock.writer[P0]@12| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@12| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@12| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@12| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@12| () (_ BitVec 8) #x00)
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
           (let ((a!6 (ite (or (not (= rule@10 #x0e))
                               (not (= migrate0.newpage@10 #x01)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.newpage@10 #x01))
                               (not (= rule@10 #x0d)))
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
