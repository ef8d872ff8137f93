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
      (a!13 (and (= rule@0 #x14)
                 (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@0 #x00)
                         |PG_swapcache[F0]@0|
                         |PG_swapcache[F1]@0|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@0 #x00)
                         |page.mapping(shmem)[F0]@0|
                         |page.mapping(shmem)[F1]@0|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!19 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!27 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F0]@0|))
      (a!37 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!46 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!47 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!56 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!57 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!65 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!66 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= fault0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!74 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!75 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!83 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!84 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!94 (ite (= (ite (= migrate0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!95 (ite (= (ite (= fault0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= fault0.page@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!103 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!104 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |page.mapping(shmem)[F0]@0|
                       |page.mapping(shmem)[F1]@0|)))
      (a!113 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!114 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00)
                       |PG_swapcache[F0]@0|
                       |PG_swapcache[F1]@0|)))
      (a!123 (ite (= (ite (= migrate0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@0 #x00)
                       |PG_dirty[F0]@0|
                       |PG_dirty[F1]@0|)))
      (a!124 (ite (= (ite (= fault0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= fault0.page@0 #x00) |PG_dirty[F0]@0| |PG_dirty[F1]@0|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@0 #x00)))
                  migrate0.newpage@0
                  shmem.i_pages@0))
      (a!135 (ite (and (= rule@0 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                       migrate0.newpage@0
                       swapper_space.i_pages@0)
                  swapper_space.i_pages@0))
      (a!137 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       #x00
                       |PG_locked[F0]@0|)))
      (a!143 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!147 (ite (and (= rule@0 #x10) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x09 migrate0.pc@0)))
      (a!156 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x0f) true) #x00 migrate0.isolated@0)))
      (a!158 (ite (and (= rule@0 #x0d) true)
                  #x02
                  (ite (and (= rule@0 #x0e) true) #x02 migrate0.newpage@0)))
      (a!160 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x11) true) #x00 migrate0.ok@0)))
      (a!162 (ite (and (= rule@0 #x04) true)
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@0)))
      (a!163 (= migrate0.pass@1
                (ite (and (= rule@0 #x10) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!164 (ite (and (= rule@0 #x15) true)
                  #x03
                  (ite (and (= rule@0 #x16) true) #x00 fault0.pc@0)))
      (a!167 (ite (and (= rule@0 #x15) true)
                  #x02
                  (ite (and (= rule@0 #x16) true) #x02 fault0.page@0)))
      (a!169 (ite (and (= rule@0 #x12) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x01 fault0.from_swap@0))))
(let ((a!4 (and (= rule@0 #x03)
                (= migrate0.pc@0 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@0 #x00))
                 (and (= swapper_space.i_pages@0 fault0.page@0) a!14)
                 (and (= shmem.i_pages@0 fault0.page@0) a!15)))
      (a!20 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!19
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!19
                      |folio.used[F0]@0|)))
      (a!24 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!19
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!19
                      |folio.used[F1]@0|)))
      (a!28 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 (bvsub (ite (= fault0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!48
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!48
                      |PG_lru[F0]@0|)))
      (a!53 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!48
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!48
                      |PG_lru[F1]@0|)))
      (a!58 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@0|)))
      (a!62 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@0|)))
      (a!67 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!66
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!66
                      |folio.mapping[F0]@0|)))
      (a!71 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!66
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!66
                      |folio.mapping[F1]@0|)))
      (a!76 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!75
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!75
                      |folio.index[F0]@0|)))
      (a!80 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!75
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!75
                      |folio.index[F1]@0|)))
      (a!85 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!84
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!84
                      |folio.data[F0]@0|)))
      (a!90 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                 a!84
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                      a!84
                      |folio.data[F1]@0|)))
      (a!96 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                 a!95
                 (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                      a!95
                      |folio.node[F0]@0|)))
      (a!100 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!95
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!95
                       |folio.node[F1]@0|)))
      (a!105 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!104
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@0|)))
      (a!110 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!104
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@0|)))
      (a!115 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!114
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!114
                       |PG_swapcache[F0]@0|)))
      (a!120 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!114
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!114
                       |PG_swapcache[F1]@0|)))
      (a!125 (ite (and (= rule@0 #x15) (= fault0.page@0 #x00))
                  a!124
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x00))
                       a!124
                       |PG_dirty[F0]@0|)))
      (a!130 (ite (and (= rule@0 #x15) (= fault0.page@0 #x01))
                  a!124
                  (ite (and (= rule@0 #x16) (= fault0.page@0 #x01))
                       a!124
                       |PG_dirty[F1]@0|)))
      (a!134 (ite (and (= rule@0 #x05) true)
                  #x02
                  (ite (and (= rule@0 #x09) true) a!133 shmem.i_pages@0)))
      (a!136 (= swapper_space.i_pages@1
                (ite (and (= rule@0 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@0 #x0d) true)
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x14) (= fault0.page@0 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@0 #x0e) true)
                  #x0a
                  (ite (and (= rule@0 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@1 (ite (and (= rule@0 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@0 #x03) true)
                  a!3
                  (ite (and (= rule@0 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@0 #x07) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@0 #x13) true)
                  #x01
                  (ite (and (= rule@0 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@0 #x12) true)
                  shmem.i_pages@0
                  (ite (and (= rule@0 #x13) true) swapper_space.i_pages@0 a!167))))
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
                     (bvuge migrate0.pass@0 #x01))
                (and (= rule@0 #x12)
                     (= fault0.pc@0 #x00)
                     (not (= shmem.i_pages@0 #x02)))
                (and (= rule@0 #x13)
                     (= fault0.pc@0 #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!13
                (and (= rule@0 #x15) (= fault0.pc@0 #x02) a!16)
                (and (= rule@0 #x16) (= fault0.pc@0 #x02) (not a!16))))
      (a!21 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!20)))
      (a!25 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!18
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x00))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@0 #x13) (= swapper_space.i_pages@0 #x01))
                 (bvadd (ite (= swapper_space.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!46
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!58)))
      (a!63 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!56
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!67)))
      (a!72 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!65
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!76)))
      (a!81 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!74
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!85)))
      (a!91 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 a!83
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@0 #x0e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x0f) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      a!96)))
      (a!101 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!94
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@0|)
                       a!105)))
      (a!111 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!103
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x00
                       |PG_swapcache[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_swapcache[F0]@0|)
                       a!115)))
      (a!121 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!113
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@0 #x0e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_dirty[F0]@0|)
                  (ite (and (= rule@0 #x0f) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |PG_dirty[F0]@0|)
                       a!125)))
      (a!131 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                  a!123
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@0 #x0c) true)
                  #x00
                  (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@0 #x0c) true)
                  #x09
                  (ite (and (= rule@0 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@1 (ite (and (= rule@0 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!18
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@0 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x00))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@0 #x12) (= shmem.i_pages@0 #x01))
                 (bvadd (ite (= shmem.i_pages@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!46
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!56
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!65
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!74
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!83
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 a!83
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!91)))
      (a!98 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 a!94
                 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@0 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!103
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!103
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |page.mapping(shmem)[F0]@0|
                       a!111)))
      (a!117 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!113
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!113
                  (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                       |PG_swapcache[F0]@0|
                       a!121)))
      (a!127 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                  a!123
                  (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                  a!123
                  (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x01))
                       |PG_dirty[F0]@0|
                       a!131)))
      (a!140 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x0c) (= migrate0.newpage@0 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@1|
                (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@0 #x0a) true)
                  #x07
                  (ite (and (= rule@0 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@0 #x0e) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x0f) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 a!83
                 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!87)))
      (a!93 (= |folio.data[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@0 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |page.mapping(shmem)[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                  |PG_swapcache[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@0 #x0b) (= migrate0.newpage@0 #x00))
                  |PG_dirty[F0]@0|
                  (ite (and (= rule@0 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@0 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@0 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@0 #x08) true)
                  #x08
                  (ite (and (= rule@0 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@0 #x0e) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@0 #x05) true)
                  #x01
                  (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@1| (ite (and (= rule@0 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@0 #x06) true)
                  #x05
                  (ite (and (= rule@0 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@0 #x0d) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x01))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@0 #x04) true)
                  #x05
                  (ite (and (= rule@0 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@0 #x09) (= migrate0.newpage@0 #x00))
                 (bvadd (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x09) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x01))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@0 #x02) true)
                  #x02
                  (ite (and (= rule@0 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@0 #x08) (= migrate0.newpage@0 #x00))
                 (bvsub (ite (= migrate0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@0 #x00) true)
                 (bvadd |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!23)
       (= |folio.used[F1]@1| a!26)
       (= |folio.refcount[F0]@1| a!36)
       a!45
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       (= |PG_lru[F0]@1| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@1| a!99)
       (= |folio.node[F1]@1| a!102)
       (= |page.mapping(shmem)[F0]@1| a!109)
       (= |page.mapping(shmem)[F1]@1| a!112)
       (= |PG_swapcache[F0]@1| a!119)
       (= |PG_swapcache[F1]@1| a!122)
       (= |PG_dirty[F0]@1| a!129)
       (= |PG_dirty[F1]@1| a!132)
       (= shmem.i_pages@1 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       a!142
       a!146
       (= migrate0.pc@1 a!155)
       a!157
       (= migrate0.newpage@1 a!159)
       (= migrate0.ok@1 a!161)
       (= migrate0.mapping_is_swapper@1 a!162)
       a!163
       a!166
       (= fault0.page@1 a!168)
       (= fault0.from_swap@1 a!169)
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
      (a!13 (and (= rule@1 #x14)
                 (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!19 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!27 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F0]@1|))
      (a!37 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!46 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!47 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!56 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!57 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!65 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!66 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= fault0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!74 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!75 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!83 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!84 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!94 (ite (= (ite (= migrate0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!95 (ite (= (ite (= fault0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= fault0.page@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!103 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!104 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |page.mapping(shmem)[F0]@1|
                       |page.mapping(shmem)[F1]@1|)))
      (a!113 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!114 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00)
                       |PG_swapcache[F0]@1|
                       |PG_swapcache[F1]@1|)))
      (a!123 (ite (= (ite (= migrate0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@1 #x00)
                       |PG_dirty[F0]@1|
                       |PG_dirty[F1]@1|)))
      (a!124 (ite (= (ite (= fault0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= fault0.page@1 #x00) |PG_dirty[F0]@1| |PG_dirty[F1]@1|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@1 #x00)))
                  migrate0.newpage@1
                  shmem.i_pages@1))
      (a!135 (ite (and (= rule@1 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                       migrate0.newpage@1
                       swapper_space.i_pages@1)
                  swapper_space.i_pages@1))
      (a!137 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       #x00
                       |PG_locked[F0]@1|)))
      (a!143 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!147 (ite (and (= rule@1 #x10) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x09 migrate0.pc@1)))
      (a!156 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x0f) true) #x00 migrate0.isolated@1)))
      (a!158 (ite (and (= rule@1 #x0d) true)
                  #x02
                  (ite (and (= rule@1 #x0e) true) #x02 migrate0.newpage@1)))
      (a!160 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x11) true) #x00 migrate0.ok@1)))
      (a!162 (ite (and (= rule@1 #x04) true)
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@1)))
      (a!163 (= migrate0.pass@2
                (ite (and (= rule@1 #x10) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!164 (ite (and (= rule@1 #x15) true)
                  #x03
                  (ite (and (= rule@1 #x16) true) #x00 fault0.pc@1)))
      (a!167 (ite (and (= rule@1 #x15) true)
                  #x02
                  (ite (and (= rule@1 #x16) true) #x02 fault0.page@1)))
      (a!169 (ite (and (= rule@1 #x12) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x01 fault0.from_swap@1))))
(let ((a!4 (and (= rule@1 #x03)
                (= migrate0.pc@1 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!14)
                 (and (= shmem.i_pages@1 fault0.page@1) a!15)))
      (a!20 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!19
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!19
                      |folio.used[F0]@1|)))
      (a!24 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!19
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!19
                      |folio.used[F1]@1|)))
      (a!28 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 (bvsub (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!48
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!48
                      |PG_lru[F0]@1|)))
      (a!53 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!48
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!48
                      |PG_lru[F1]@1|)))
      (a!58 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@1|)))
      (a!62 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@1|)))
      (a!67 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!66
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!66
                      |folio.mapping[F0]@1|)))
      (a!71 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!66
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!66
                      |folio.mapping[F1]@1|)))
      (a!76 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!75
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!75
                      |folio.index[F0]@1|)))
      (a!80 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!75
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!75
                      |folio.index[F1]@1|)))
      (a!85 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!84
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!84
                      |folio.data[F0]@1|)))
      (a!90 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                 a!84
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                      a!84
                      |folio.data[F1]@1|)))
      (a!96 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                 a!95
                 (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                      a!95
                      |folio.node[F0]@1|)))
      (a!100 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!95
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!95
                       |folio.node[F1]@1|)))
      (a!105 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!104
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@1|)))
      (a!110 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!104
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@1|)))
      (a!115 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!114
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!114
                       |PG_swapcache[F0]@1|)))
      (a!120 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!114
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!114
                       |PG_swapcache[F1]@1|)))
      (a!125 (ite (and (= rule@1 #x15) (= fault0.page@1 #x00))
                  a!124
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x00))
                       a!124
                       |PG_dirty[F0]@1|)))
      (a!130 (ite (and (= rule@1 #x15) (= fault0.page@1 #x01))
                  a!124
                  (ite (and (= rule@1 #x16) (= fault0.page@1 #x01))
                       a!124
                       |PG_dirty[F1]@1|)))
      (a!134 (ite (and (= rule@1 #x05) true)
                  #x02
                  (ite (and (= rule@1 #x09) true) a!133 shmem.i_pages@1)))
      (a!136 (= swapper_space.i_pages@2
                (ite (and (= rule@1 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@1 #x0d) true)
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x14) (= fault0.page@1 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@1 #x0e) true)
                  #x0a
                  (ite (and (= rule@1 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@2 (ite (and (= rule@1 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@1 #x03) true)
                  a!3
                  (ite (and (= rule@1 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@1 #x07) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@1 #x13) true)
                  #x01
                  (ite (and (= rule@1 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@1 #x12) true)
                  shmem.i_pages@1
                  (ite (and (= rule@1 #x13) true) swapper_space.i_pages@1 a!167))))
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
                     (bvuge migrate0.pass@1 #x01))
                (and (= rule@1 #x12)
                     (= fault0.pc@1 #x00)
                     (not (= shmem.i_pages@1 #x02)))
                (and (= rule@1 #x13)
                     (= fault0.pc@1 #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!13
                (and (= rule@1 #x15) (= fault0.pc@1 #x02) a!16)
                (and (= rule@1 #x16) (= fault0.pc@1 #x02) (not a!16))))
      (a!21 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!20)))
      (a!25 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!18
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x00))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@1 #x13) (= swapper_space.i_pages@1 #x01))
                 (bvadd (ite (= swapper_space.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!46
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!58)))
      (a!63 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!56
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!67)))
      (a!72 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!65
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!76)))
      (a!81 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!74
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!85)))
      (a!91 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 a!83
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@1 #x0e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x0f) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      a!96)))
      (a!101 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!94
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@1|)
                       a!105)))
      (a!111 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!103
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |PG_swapcache[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_swapcache[F0]@1|)
                       a!115)))
      (a!121 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!113
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@1 #x0e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_dirty[F0]@1|)
                  (ite (and (= rule@1 #x0f) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |PG_dirty[F0]@1|)
                       a!125)))
      (a!131 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                  a!123
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@1 #x0c) true)
                  #x00
                  (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@1 #x0c) true)
                  #x09
                  (ite (and (= rule@1 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@2 (ite (and (= rule@1 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!18
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@1 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x00))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@1 #x12) (= shmem.i_pages@1 #x01))
                 (bvadd (ite (= shmem.i_pages@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!46
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!56
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!65
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!74
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!83
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 a!83
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!91)))
      (a!98 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 a!94
                 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@1 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!103
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!103
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |page.mapping(shmem)[F0]@1|
                       a!111)))
      (a!117 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!113
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!113
                  (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                       |PG_swapcache[F0]@1|
                       a!121)))
      (a!127 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                  a!123
                  (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                  a!123
                  (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x01))
                       |PG_dirty[F0]@1|
                       a!131)))
      (a!140 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x0c) (= migrate0.newpage@1 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@2|
                (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@1 #x0a) true)
                  #x07
                  (ite (and (= rule@1 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@1 #x0e) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x0f) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 a!83
                 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!87)))
      (a!93 (= |folio.data[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@1 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |page.mapping(shmem)[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                  |PG_swapcache[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@1 #x0b) (= migrate0.newpage@1 #x00))
                  |PG_dirty[F0]@1|
                  (ite (and (= rule@1 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@1 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@1 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@1 #x08) true)
                  #x08
                  (ite (and (= rule@1 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@1 #x0e) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@1 #x05) true)
                  #x01
                  (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@2| (ite (and (= rule@1 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@1 #x06) true)
                  #x05
                  (ite (and (= rule@1 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@1 #x0d) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x01))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@1 #x04) true)
                  #x05
                  (ite (and (= rule@1 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@1 #x09) (= migrate0.newpage@1 #x00))
                 (bvadd (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x09) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x01))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@1 #x02) true)
                  #x02
                  (ite (and (= rule@1 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@1 #x08) (= migrate0.newpage@1 #x00))
                 (bvsub (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@1 #x00) true)
                 (bvadd |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!23)
       (= |folio.used[F1]@2| a!26)
       (= |folio.refcount[F0]@2| a!36)
       a!45
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       (= |PG_lru[F0]@2| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@2| a!99)
       (= |folio.node[F1]@2| a!102)
       (= |page.mapping(shmem)[F0]@2| a!109)
       (= |page.mapping(shmem)[F1]@2| a!112)
       (= |PG_swapcache[F0]@2| a!119)
       (= |PG_swapcache[F1]@2| a!122)
       (= |PG_dirty[F0]@2| a!129)
       (= |PG_dirty[F1]@2| a!132)
       (= shmem.i_pages@2 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       a!142
       a!146
       (= migrate0.pc@2 a!155)
       a!157
       (= migrate0.newpage@2 a!159)
       (= migrate0.ok@2 a!161)
       (= migrate0.mapping_is_swapper@2 a!162)
       a!163
       a!166
       (= fault0.page@2 a!168)
       (= fault0.from_swap@2 a!169)
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
      (a!13 (and (= rule@2 #x14)
                 (= fault0.pc@2 #x01)
                 (= (ite (= fault0.page@2 #x00)
                         |PG_locked[F0]@2|
                         |PG_locked[F1]@2|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@2 #x00)
                         |PG_swapcache[F0]@2|
                         |PG_swapcache[F1]@2|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@2 #x00)
                         |page.mapping(shmem)[F0]@2|
                         |page.mapping(shmem)[F1]@2|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!19 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!27 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F0]@2|))
      (a!37 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!46 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!47 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!56 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!57 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!65 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!66 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= fault0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!74 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!75 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!83 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!84 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!94 (ite (= (ite (= migrate0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!95 (ite (= (ite (= fault0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= fault0.page@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!103 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!104 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |page.mapping(shmem)[F0]@2|
                       |page.mapping(shmem)[F1]@2|)))
      (a!113 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!114 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00)
                       |PG_swapcache[F0]@2|
                       |PG_swapcache[F1]@2|)))
      (a!123 (ite (= (ite (= migrate0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@2 #x00)
                       |PG_dirty[F0]@2|
                       |PG_dirty[F1]@2|)))
      (a!124 (ite (= (ite (= fault0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= fault0.page@2 #x00) |PG_dirty[F0]@2| |PG_dirty[F1]@2|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@2 #x00)))
                  migrate0.newpage@2
                  shmem.i_pages@2))
      (a!135 (ite (and (= rule@2 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                       migrate0.newpage@2
                       swapper_space.i_pages@2)
                  swapper_space.i_pages@2))
      (a!137 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       #x00
                       |PG_locked[F0]@2|)))
      (a!143 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!147 (ite (and (= rule@2 #x10) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x09 migrate0.pc@2)))
      (a!156 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x0f) true) #x00 migrate0.isolated@2)))
      (a!158 (ite (and (= rule@2 #x0d) true)
                  #x02
                  (ite (and (= rule@2 #x0e) true) #x02 migrate0.newpage@2)))
      (a!160 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x11) true) #x00 migrate0.ok@2)))
      (a!162 (ite (and (= rule@2 #x04) true)
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@2)))
      (a!163 (= migrate0.pass@3
                (ite (and (= rule@2 #x10) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!164 (ite (and (= rule@2 #x15) true)
                  #x03
                  (ite (and (= rule@2 #x16) true) #x00 fault0.pc@2)))
      (a!167 (ite (and (= rule@2 #x15) true)
                  #x02
                  (ite (and (= rule@2 #x16) true) #x02 fault0.page@2)))
      (a!169 (ite (and (= rule@2 #x12) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x01 fault0.from_swap@2))))
(let ((a!4 (and (= rule@2 #x03)
                (= migrate0.pc@2 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!14)
                 (and (= shmem.i_pages@2 fault0.page@2) a!15)))
      (a!20 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!19
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!19
                      |folio.used[F0]@2|)))
      (a!24 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!19
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!19
                      |folio.used[F1]@2|)))
      (a!28 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 (bvsub (ite (= fault0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!48
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!48
                      |PG_lru[F0]@2|)))
      (a!53 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!48
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!48
                      |PG_lru[F1]@2|)))
      (a!58 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@2|)))
      (a!62 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@2|)))
      (a!67 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!66
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!66
                      |folio.mapping[F0]@2|)))
      (a!71 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!66
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!66
                      |folio.mapping[F1]@2|)))
      (a!76 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!75
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!75
                      |folio.index[F0]@2|)))
      (a!80 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!75
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!75
                      |folio.index[F1]@2|)))
      (a!85 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!84
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!84
                      |folio.data[F0]@2|)))
      (a!90 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                 a!84
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                      a!84
                      |folio.data[F1]@2|)))
      (a!96 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                 a!95
                 (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                      a!95
                      |folio.node[F0]@2|)))
      (a!100 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!95
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!95
                       |folio.node[F1]@2|)))
      (a!105 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!104
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@2|)))
      (a!110 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!104
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@2|)))
      (a!115 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!114
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!114
                       |PG_swapcache[F0]@2|)))
      (a!120 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!114
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!114
                       |PG_swapcache[F1]@2|)))
      (a!125 (ite (and (= rule@2 #x15) (= fault0.page@2 #x00))
                  a!124
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x00))
                       a!124
                       |PG_dirty[F0]@2|)))
      (a!130 (ite (and (= rule@2 #x15) (= fault0.page@2 #x01))
                  a!124
                  (ite (and (= rule@2 #x16) (= fault0.page@2 #x01))
                       a!124
                       |PG_dirty[F1]@2|)))
      (a!134 (ite (and (= rule@2 #x05) true)
                  #x02
                  (ite (and (= rule@2 #x09) true) a!133 shmem.i_pages@2)))
      (a!136 (= swapper_space.i_pages@3
                (ite (and (= rule@2 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@2 #x0d) true)
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x14) (= fault0.page@2 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@2 #x0e) true)
                  #x0a
                  (ite (and (= rule@2 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@3 (ite (and (= rule@2 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@2 #x03) true)
                  a!3
                  (ite (and (= rule@2 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@2 #x07) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@2 #x13) true)
                  #x01
                  (ite (and (= rule@2 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@2 #x12) true)
                  shmem.i_pages@2
                  (ite (and (= rule@2 #x13) true) swapper_space.i_pages@2 a!167))))
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
                     (bvuge migrate0.pass@2 #x01))
                (and (= rule@2 #x12)
                     (= fault0.pc@2 #x00)
                     (not (= shmem.i_pages@2 #x02)))
                (and (= rule@2 #x13)
                     (= fault0.pc@2 #x00)
                     (= shmem.i_pages@2 #x02)
                     (not (= swapper_space.i_pages@2 #x02)))
                a!13
                (and (= rule@2 #x15) (= fault0.pc@2 #x02) a!16)
                (and (= rule@2 #x16) (= fault0.pc@2 #x02) (not a!16))))
      (a!21 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!20)))
      (a!25 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!18
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x00))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@2 #x13) (= swapper_space.i_pages@2 #x01))
                 (bvadd (ite (= swapper_space.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!46
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!58)))
      (a!63 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!56
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!67)))
      (a!72 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!65
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!76)))
      (a!81 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!74
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!85)))
      (a!91 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 a!83
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@2 #x0e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x0f) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      a!96)))
      (a!101 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!94
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@2|)
                       a!105)))
      (a!111 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!103
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |PG_swapcache[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_swapcache[F0]@2|)
                       a!115)))
      (a!121 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!113
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@2 #x0e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_dirty[F0]@2|)
                  (ite (and (= rule@2 #x0f) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |PG_dirty[F0]@2|)
                       a!125)))
      (a!131 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                  a!123
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@2 #x0c) true)
                  #x00
                  (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@2 #x0c) true)
                  #x09
                  (ite (and (= rule@2 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@3 (ite (and (= rule@2 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!18
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@2 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x00))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@2 #x12) (= shmem.i_pages@2 #x01))
                 (bvadd (ite (= shmem.i_pages@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!46
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!56
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!65
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!74
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!83
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 a!83
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!91)))
      (a!98 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 a!94
                 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@2 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!103
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!103
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |page.mapping(shmem)[F0]@2|
                       a!111)))
      (a!117 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!113
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!113
                  (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                       |PG_swapcache[F0]@2|
                       a!121)))
      (a!127 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                  a!123
                  (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                  a!123
                  (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x01))
                       |PG_dirty[F0]@2|
                       a!131)))
      (a!140 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x0c) (= migrate0.newpage@2 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@3|
                (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@2 #x0a) true)
                  #x07
                  (ite (and (= rule@2 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@2 #x0e) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x0f) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 a!83
                 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!87)))
      (a!93 (= |folio.data[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@2 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |page.mapping(shmem)[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                  |PG_swapcache[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@2 #x0b) (= migrate0.newpage@2 #x00))
                  |PG_dirty[F0]@2|
                  (ite (and (= rule@2 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@2 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@2 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@2 #x08) true)
                  #x08
                  (ite (and (= rule@2 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@2 #x0e) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@2 #x05) true)
                  #x01
                  (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@3| (ite (and (= rule@2 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@2 #x06) true)
                  #x05
                  (ite (and (= rule@2 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@2 #x0d) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x01))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@2 #x04) true)
                  #x05
                  (ite (and (= rule@2 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@2 #x09) (= migrate0.newpage@2 #x00))
                 (bvadd (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x09) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x01))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@2 #x02) true)
                  #x02
                  (ite (and (= rule@2 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@2 #x08) (= migrate0.newpage@2 #x00))
                 (bvsub (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@2 #x00) true)
                 (bvadd |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!23)
       (= |folio.used[F1]@3| a!26)
       (= |folio.refcount[F0]@3| a!36)
       a!45
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       (= |PG_lru[F0]@3| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@3| a!99)
       (= |folio.node[F1]@3| a!102)
       (= |page.mapping(shmem)[F0]@3| a!109)
       (= |page.mapping(shmem)[F1]@3| a!112)
       (= |PG_swapcache[F0]@3| a!119)
       (= |PG_swapcache[F1]@3| a!122)
       (= |PG_dirty[F0]@3| a!129)
       (= |PG_dirty[F1]@3| a!132)
       (= shmem.i_pages@3 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       a!142
       a!146
       (= migrate0.pc@3 a!155)
       a!157
       (= migrate0.newpage@3 a!159)
       (= migrate0.ok@3 a!161)
       (= migrate0.mapping_is_swapper@3 a!162)
       a!163
       a!166
       (= fault0.page@3 a!168)
       (= fault0.from_swap@3 a!169)
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
      (a!13 (and (= rule@3 #x14)
                 (= fault0.pc@3 #x01)
                 (= (ite (= fault0.page@3 #x00)
                         |PG_locked[F0]@3|
                         |PG_locked[F1]@3|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@3 #x00)
                         |PG_swapcache[F0]@3|
                         |PG_swapcache[F1]@3|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@3 #x00)
                         |page.mapping(shmem)[F0]@3|
                         |page.mapping(shmem)[F1]@3|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!19 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!27 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F0]@3|))
      (a!37 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!46 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!47 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!56 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!57 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!65 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!66 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= fault0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!74 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!75 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!83 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!84 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!94 (ite (= (ite (= migrate0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!95 (ite (= (ite (= fault0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= fault0.page@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!103 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!104 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |page.mapping(shmem)[F0]@3|
                       |page.mapping(shmem)[F1]@3|)))
      (a!113 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!114 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00)
                       |PG_swapcache[F0]@3|
                       |PG_swapcache[F1]@3|)))
      (a!123 (ite (= (ite (= migrate0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@3 #x00)
                       |PG_dirty[F0]@3|
                       |PG_dirty[F1]@3|)))
      (a!124 (ite (= (ite (= fault0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= fault0.page@3 #x00) |PG_dirty[F0]@3| |PG_dirty[F1]@3|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@3 #x00)))
                  migrate0.newpage@3
                  shmem.i_pages@3))
      (a!135 (ite (and (= rule@3 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                       migrate0.newpage@3
                       swapper_space.i_pages@3)
                  swapper_space.i_pages@3))
      (a!137 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       #x00
                       |PG_locked[F0]@3|)))
      (a!143 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!147 (ite (and (= rule@3 #x10) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x09 migrate0.pc@3)))
      (a!156 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x0f) true) #x00 migrate0.isolated@3)))
      (a!158 (ite (and (= rule@3 #x0d) true)
                  #x02
                  (ite (and (= rule@3 #x0e) true) #x02 migrate0.newpage@3)))
      (a!160 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x11) true) #x00 migrate0.ok@3)))
      (a!162 (ite (and (= rule@3 #x04) true)
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@3)))
      (a!163 (= migrate0.pass@4
                (ite (and (= rule@3 #x10) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!164 (ite (and (= rule@3 #x15) true)
                  #x03
                  (ite (and (= rule@3 #x16) true) #x00 fault0.pc@3)))
      (a!167 (ite (and (= rule@3 #x15) true)
                  #x02
                  (ite (and (= rule@3 #x16) true) #x02 fault0.page@3)))
      (a!169 (ite (and (= rule@3 #x12) true)
                  #x00
                  (ite (and (= rule@3 #x13) true) #x01 fault0.from_swap@3))))
(let ((a!4 (and (= rule@3 #x03)
                (= migrate0.pc@3 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@3 #x00))
                 (and (= swapper_space.i_pages@3 fault0.page@3) a!14)
                 (and (= shmem.i_pages@3 fault0.page@3) a!15)))
      (a!20 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!19
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!19
                      |folio.used[F0]@3|)))
      (a!24 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!19
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!19
                      |folio.used[F1]@3|)))
      (a!28 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 (bvsub (ite (= fault0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!48
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!48
                      |PG_lru[F0]@3|)))
      (a!53 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!48
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!48
                      |PG_lru[F1]@3|)))
      (a!58 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@3|)))
      (a!62 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@3|)))
      (a!67 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!66
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!66
                      |folio.mapping[F0]@3|)))
      (a!71 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!66
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!66
                      |folio.mapping[F1]@3|)))
      (a!76 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!75
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!75
                      |folio.index[F0]@3|)))
      (a!80 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!75
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!75
                      |folio.index[F1]@3|)))
      (a!85 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!84
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!84
                      |folio.data[F0]@3|)))
      (a!90 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                 a!84
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                      a!84
                      |folio.data[F1]@3|)))
      (a!96 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                 a!95
                 (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                      a!95
                      |folio.node[F0]@3|)))
      (a!100 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!95
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!95
                       |folio.node[F1]@3|)))
      (a!105 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!104
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@3|)))
      (a!110 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!104
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@3|)))
      (a!115 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!114
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!114
                       |PG_swapcache[F0]@3|)))
      (a!120 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!114
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!114
                       |PG_swapcache[F1]@3|)))
      (a!125 (ite (and (= rule@3 #x15) (= fault0.page@3 #x00))
                  a!124
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x00))
                       a!124
                       |PG_dirty[F0]@3|)))
      (a!130 (ite (and (= rule@3 #x15) (= fault0.page@3 #x01))
                  a!124
                  (ite (and (= rule@3 #x16) (= fault0.page@3 #x01))
                       a!124
                       |PG_dirty[F1]@3|)))
      (a!134 (ite (and (= rule@3 #x05) true)
                  #x02
                  (ite (and (= rule@3 #x09) true) a!133 shmem.i_pages@3)))
      (a!136 (= swapper_space.i_pages@4
                (ite (and (= rule@3 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@3 #x0d) true)
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x14) (= fault0.page@3 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@3 #x0e) true)
                  #x0a
                  (ite (and (= rule@3 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@4 (ite (and (= rule@3 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@3 #x03) true)
                  a!3
                  (ite (and (= rule@3 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@3 #x07) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@3 #x13) true)
                  #x01
                  (ite (and (= rule@3 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@3 #x12) true)
                  shmem.i_pages@3
                  (ite (and (= rule@3 #x13) true) swapper_space.i_pages@3 a!167))))
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
                     (bvuge migrate0.pass@3 #x01))
                (and (= rule@3 #x12)
                     (= fault0.pc@3 #x00)
                     (not (= shmem.i_pages@3 #x02)))
                (and (= rule@3 #x13)
                     (= fault0.pc@3 #x00)
                     (= shmem.i_pages@3 #x02)
                     (not (= swapper_space.i_pages@3 #x02)))
                a!13
                (and (= rule@3 #x15) (= fault0.pc@3 #x02) a!16)
                (and (= rule@3 #x16) (= fault0.pc@3 #x02) (not a!16))))
      (a!21 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!20)))
      (a!25 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!18
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x00))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@3 #x13) (= swapper_space.i_pages@3 #x01))
                 (bvadd (ite (= swapper_space.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!46
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!58)))
      (a!63 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!56
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!67)))
      (a!72 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!65
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!76)))
      (a!81 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!74
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!85)))
      (a!91 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 a!83
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@3 #x0e) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x0f) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      a!96)))
      (a!101 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!94
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@3|)
                       a!105)))
      (a!111 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!103
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01)
                       #x00
                       |PG_swapcache[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_swapcache[F0]@3|)
                       a!115)))
      (a!121 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!113
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@3 #x0e) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_dirty[F0]@3|)
                  (ite (and (= rule@3 #x0f) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |PG_dirty[F0]@3|)
                       a!125)))
      (a!131 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                  a!123
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@3 #x0c) true)
                  #x00
                  (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@3 #x0c) true)
                  #x09
                  (ite (and (= rule@3 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@4 (ite (and (= rule@3 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!18
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@3 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x00))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@3 #x12) (= shmem.i_pages@3 #x01))
                 (bvadd (ite (= shmem.i_pages@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!46
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!56
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!65
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!74
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!83
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 a!83
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!91)))
      (a!98 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 a!94
                 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@3 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!103
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!103
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |page.mapping(shmem)[F0]@3|
                       a!111)))
      (a!117 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!113
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!113
                  (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                       |PG_swapcache[F0]@3|
                       a!121)))
      (a!127 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                  a!123
                  (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                  a!123
                  (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x01))
                       |PG_dirty[F0]@3|
                       a!131)))
      (a!140 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x0c) (= migrate0.newpage@3 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@4|
                (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@3 #x0a) true)
                  #x07
                  (ite (and (= rule@3 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@3 #x0e) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x0f) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@3 #x00) true)
                 #x00
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 a!83
                 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!87)))
      (a!93 (= |folio.data[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@3 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |page.mapping(shmem)[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                  |PG_swapcache[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@3 #x0b) (= migrate0.newpage@3 #x00))
                  |PG_dirty[F0]@3|
                  (ite (and (= rule@3 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@3 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@3 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@3 #x08) true)
                  #x08
                  (ite (and (= rule@3 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@3 #x0e) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@3 #x05) true)
                  #x01
                  (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@4| (ite (and (= rule@3 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@3 #x06) true)
                  #x05
                  (ite (and (= rule@3 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@3 #x0d) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x01))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@3 #x04) true)
                  #x05
                  (ite (and (= rule@3 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@3 #x09) (= migrate0.newpage@3 #x00))
                 (bvadd (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x09) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x01))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@3 #x02) true)
                  #x02
                  (ite (and (= rule@3 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@3 #x08) (= migrate0.newpage@3 #x00))
                 (bvsub (ite (= migrate0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@3 #x00) true)
                 (bvadd |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!23)
       (= |folio.used[F1]@4| a!26)
       (= |folio.refcount[F0]@4| a!36)
       a!45
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       (= |PG_lru[F0]@4| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@4| a!99)
       (= |folio.node[F1]@4| a!102)
       (= |page.mapping(shmem)[F0]@4| a!109)
       (= |page.mapping(shmem)[F1]@4| a!112)
       (= |PG_swapcache[F0]@4| a!119)
       (= |PG_swapcache[F1]@4| a!122)
       (= |PG_dirty[F0]@4| a!129)
       (= |PG_dirty[F1]@4| a!132)
       (= shmem.i_pages@4 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       a!142
       a!146
       (= migrate0.pc@4 a!155)
       a!157
       (= migrate0.newpage@4 a!159)
       (= migrate0.ok@4 a!161)
       (= migrate0.mapping_is_swapper@4 a!162)
       a!163
       a!166
       (= fault0.page@4 a!168)
       (= fault0.from_swap@4 a!169)
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
      (a!13 (and (= rule@4 #x14)
                 (= fault0.pc@4 #x01)
                 (= (ite (= fault0.page@4 #x00)
                         |PG_locked[F0]@4|
                         |PG_locked[F1]@4|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@4 #x00)
                         |PG_swapcache[F0]@4|
                         |PG_swapcache[F1]@4|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@4 #x00)
                         |page.mapping(shmem)[F0]@4|
                         |page.mapping(shmem)[F1]@4|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!19 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!27 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F0]@4|))
      (a!37 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!46 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!47 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!56 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!57 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!65 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!66 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= fault0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!74 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!75 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!83 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!84 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!94 (ite (= (ite (= migrate0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!95 (ite (= (ite (= fault0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= fault0.page@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!103 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!104 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |page.mapping(shmem)[F0]@4|
                       |page.mapping(shmem)[F1]@4|)))
      (a!113 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!114 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00)
                       |PG_swapcache[F0]@4|
                       |PG_swapcache[F1]@4|)))
      (a!123 (ite (= (ite (= migrate0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@4 #x00)
                       |PG_dirty[F0]@4|
                       |PG_dirty[F1]@4|)))
      (a!124 (ite (= (ite (= fault0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= fault0.page@4 #x00) |PG_dirty[F0]@4| |PG_dirty[F1]@4|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@4 #x00)))
                  migrate0.newpage@4
                  shmem.i_pages@4))
      (a!135 (ite (and (= rule@4 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                       migrate0.newpage@4
                       swapper_space.i_pages@4)
                  swapper_space.i_pages@4))
      (a!137 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       #x00
                       |PG_locked[F0]@4|)))
      (a!143 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!147 (ite (and (= rule@4 #x10) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x09 migrate0.pc@4)))
      (a!156 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x0f) true) #x00 migrate0.isolated@4)))
      (a!158 (ite (and (= rule@4 #x0d) true)
                  #x02
                  (ite (and (= rule@4 #x0e) true) #x02 migrate0.newpage@4)))
      (a!160 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x11) true) #x00 migrate0.ok@4)))
      (a!162 (ite (and (= rule@4 #x04) true)
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@4)))
      (a!163 (= migrate0.pass@5
                (ite (and (= rule@4 #x10) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!164 (ite (and (= rule@4 #x15) true)
                  #x03
                  (ite (and (= rule@4 #x16) true) #x00 fault0.pc@4)))
      (a!167 (ite (and (= rule@4 #x15) true)
                  #x02
                  (ite (and (= rule@4 #x16) true) #x02 fault0.page@4)))
      (a!169 (ite (and (= rule@4 #x12) true)
                  #x00
                  (ite (and (= rule@4 #x13) true) #x01 fault0.from_swap@4))))
(let ((a!4 (and (= rule@4 #x03)
                (= migrate0.pc@4 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@4 #x00))
                 (and (= swapper_space.i_pages@4 fault0.page@4) a!14)
                 (and (= shmem.i_pages@4 fault0.page@4) a!15)))
      (a!20 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!19
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!19
                      |folio.used[F0]@4|)))
      (a!24 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!19
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!19
                      |folio.used[F1]@4|)))
      (a!28 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 (bvsub (ite (= fault0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!48
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!48
                      |PG_lru[F0]@4|)))
      (a!53 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!48
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!48
                      |PG_lru[F1]@4|)))
      (a!58 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@4|)))
      (a!62 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@4|)))
      (a!67 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!66
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!66
                      |folio.mapping[F0]@4|)))
      (a!71 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!66
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!66
                      |folio.mapping[F1]@4|)))
      (a!76 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!75
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!75
                      |folio.index[F0]@4|)))
      (a!80 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!75
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!75
                      |folio.index[F1]@4|)))
      (a!85 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!84
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!84
                      |folio.data[F0]@4|)))
      (a!90 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                 a!84
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                      a!84
                      |folio.data[F1]@4|)))
      (a!96 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                 a!95
                 (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                      a!95
                      |folio.node[F0]@4|)))
      (a!100 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!95
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!95
                       |folio.node[F1]@4|)))
      (a!105 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!104
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@4|)))
      (a!110 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!104
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@4|)))
      (a!115 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!114
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!114
                       |PG_swapcache[F0]@4|)))
      (a!120 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!114
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!114
                       |PG_swapcache[F1]@4|)))
      (a!125 (ite (and (= rule@4 #x15) (= fault0.page@4 #x00))
                  a!124
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x00))
                       a!124
                       |PG_dirty[F0]@4|)))
      (a!130 (ite (and (= rule@4 #x15) (= fault0.page@4 #x01))
                  a!124
                  (ite (and (= rule@4 #x16) (= fault0.page@4 #x01))
                       a!124
                       |PG_dirty[F1]@4|)))
      (a!134 (ite (and (= rule@4 #x05) true)
                  #x02
                  (ite (and (= rule@4 #x09) true) a!133 shmem.i_pages@4)))
      (a!136 (= swapper_space.i_pages@5
                (ite (and (= rule@4 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@4 #x0d) true)
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x14) (= fault0.page@4 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@4 #x0e) true)
                  #x0a
                  (ite (and (= rule@4 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@5 (ite (and (= rule@4 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@4 #x03) true)
                  a!3
                  (ite (and (= rule@4 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@4 #x07) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@4 #x13) true)
                  #x01
                  (ite (and (= rule@4 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@4 #x12) true)
                  shmem.i_pages@4
                  (ite (and (= rule@4 #x13) true) swapper_space.i_pages@4 a!167))))
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
                     (bvuge migrate0.pass@4 #x01))
                (and (= rule@4 #x12)
                     (= fault0.pc@4 #x00)
                     (not (= shmem.i_pages@4 #x02)))
                (and (= rule@4 #x13)
                     (= fault0.pc@4 #x00)
                     (= shmem.i_pages@4 #x02)
                     (not (= swapper_space.i_pages@4 #x02)))
                a!13
                (and (= rule@4 #x15) (= fault0.pc@4 #x02) a!16)
                (and (= rule@4 #x16) (= fault0.pc@4 #x02) (not a!16))))
      (a!21 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!20)))
      (a!25 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!18
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x00))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@4 #x13) (= swapper_space.i_pages@4 #x01))
                 (bvadd (ite (= swapper_space.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!46
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!58)))
      (a!63 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!56
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!67)))
      (a!72 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!65
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!76)))
      (a!81 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!74
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!85)))
      (a!91 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 a!83
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@4 #x0e) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x0f) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      a!96)))
      (a!101 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!94
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@4|)
                       a!105)))
      (a!111 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!103
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01)
                       #x00
                       |PG_swapcache[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_swapcache[F0]@4|)
                       a!115)))
      (a!121 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!113
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@4 #x0e) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_dirty[F0]@4|)
                  (ite (and (= rule@4 #x0f) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |PG_dirty[F0]@4|)
                       a!125)))
      (a!131 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                  a!123
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@4 #x0c) true)
                  #x00
                  (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@4 #x0c) true)
                  #x09
                  (ite (and (= rule@4 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@5 (ite (and (= rule@4 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!18
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@4 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x00))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@4 #x12) (= shmem.i_pages@4 #x01))
                 (bvadd (ite (= shmem.i_pages@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!46
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!56
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!65
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!74
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!83
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 a!83
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!91)))
      (a!98 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 a!94
                 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@4 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!103
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!103
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |page.mapping(shmem)[F0]@4|
                       a!111)))
      (a!117 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!113
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!113
                  (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                       |PG_swapcache[F0]@4|
                       a!121)))
      (a!127 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                  a!123
                  (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                  a!123
                  (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x01))
                       |PG_dirty[F0]@4|
                       a!131)))
      (a!140 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x0c) (= migrate0.newpage@4 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@5|
                (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@4 #x0a) true)
                  #x07
                  (ite (and (= rule@4 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@4 #x0e) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x0f) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@4 #x00) true)
                 #x00
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 a!83
                 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!87)))
      (a!93 (= |folio.data[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@4 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |page.mapping(shmem)[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                  |PG_swapcache[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@4 #x0b) (= migrate0.newpage@4 #x00))
                  |PG_dirty[F0]@4|
                  (ite (and (= rule@4 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@4 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@4 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@4 #x08) true)
                  #x08
                  (ite (and (= rule@4 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@4 #x0e) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@4 #x05) true)
                  #x01
                  (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@5| (ite (and (= rule@4 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@4 #x06) true)
                  #x05
                  (ite (and (= rule@4 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@4 #x0d) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x01))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@4 #x04) true)
                  #x05
                  (ite (and (= rule@4 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@4 #x09) (= migrate0.newpage@4 #x00))
                 (bvadd (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x09) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x01))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@4 #x02) true)
                  #x02
                  (ite (and (= rule@4 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@4 #x08) (= migrate0.newpage@4 #x00))
                 (bvsub (ite (= migrate0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@4 #x00) true)
                 (bvadd |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!23)
       (= |folio.used[F1]@5| a!26)
       (= |folio.refcount[F0]@5| a!36)
       a!45
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       (= |PG_lru[F0]@5| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@5| a!99)
       (= |folio.node[F1]@5| a!102)
       (= |page.mapping(shmem)[F0]@5| a!109)
       (= |page.mapping(shmem)[F1]@5| a!112)
       (= |PG_swapcache[F0]@5| a!119)
       (= |PG_swapcache[F1]@5| a!122)
       (= |PG_dirty[F0]@5| a!129)
       (= |PG_dirty[F1]@5| a!132)
       (= shmem.i_pages@5 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       a!142
       a!146
       (= migrate0.pc@5 a!155)
       a!157
       (= migrate0.newpage@5 a!159)
       (= migrate0.ok@5 a!161)
       (= migrate0.mapping_is_swapper@5 a!162)
       a!163
       a!166
       (= fault0.page@5 a!168)
       (= fault0.from_swap@5 a!169)
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
      (a!13 (and (= rule@5 #x14)
                 (= fault0.pc@5 #x01)
                 (= (ite (= fault0.page@5 #x00)
                         |PG_locked[F0]@5|
                         |PG_locked[F1]@5|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@5 #x00)
                         |PG_swapcache[F0]@5|
                         |PG_swapcache[F1]@5|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@5 #x00)
                         |page.mapping(shmem)[F0]@5|
                         |page.mapping(shmem)[F1]@5|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!19 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!27 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F0]@5|))
      (a!37 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!46 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!47 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!56 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!57 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!65 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!66 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= fault0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!74 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!75 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!83 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!84 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!94 (ite (= (ite (= migrate0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!95 (ite (= (ite (= fault0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= fault0.page@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!103 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!104 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |page.mapping(shmem)[F0]@5|
                       |page.mapping(shmem)[F1]@5|)))
      (a!113 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!114 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00)
                       |PG_swapcache[F0]@5|
                       |PG_swapcache[F1]@5|)))
      (a!123 (ite (= (ite (= migrate0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@5 #x00)
                       |PG_dirty[F0]@5|
                       |PG_dirty[F1]@5|)))
      (a!124 (ite (= (ite (= fault0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= fault0.page@5 #x00) |PG_dirty[F0]@5| |PG_dirty[F1]@5|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@5 #x00)))
                  migrate0.newpage@5
                  shmem.i_pages@5))
      (a!135 (ite (and (= rule@5 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                       migrate0.newpage@5
                       swapper_space.i_pages@5)
                  swapper_space.i_pages@5))
      (a!137 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       #x00
                       |PG_locked[F0]@5|)))
      (a!143 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!147 (ite (and (= rule@5 #x10) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x09 migrate0.pc@5)))
      (a!156 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x0f) true) #x00 migrate0.isolated@5)))
      (a!158 (ite (and (= rule@5 #x0d) true)
                  #x02
                  (ite (and (= rule@5 #x0e) true) #x02 migrate0.newpage@5)))
      (a!160 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x11) true) #x00 migrate0.ok@5)))
      (a!162 (ite (and (= rule@5 #x04) true)
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@5)))
      (a!163 (= migrate0.pass@6
                (ite (and (= rule@5 #x10) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!164 (ite (and (= rule@5 #x15) true)
                  #x03
                  (ite (and (= rule@5 #x16) true) #x00 fault0.pc@5)))
      (a!167 (ite (and (= rule@5 #x15) true)
                  #x02
                  (ite (and (= rule@5 #x16) true) #x02 fault0.page@5)))
      (a!169 (ite (and (= rule@5 #x12) true)
                  #x00
                  (ite (and (= rule@5 #x13) true) #x01 fault0.from_swap@5))))
(let ((a!4 (and (= rule@5 #x03)
                (= migrate0.pc@5 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@5 #x00))
                 (and (= swapper_space.i_pages@5 fault0.page@5) a!14)
                 (and (= shmem.i_pages@5 fault0.page@5) a!15)))
      (a!20 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!19
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!19
                      |folio.used[F0]@5|)))
      (a!24 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!19
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!19
                      |folio.used[F1]@5|)))
      (a!28 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 (bvsub (ite (= fault0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!48
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!48
                      |PG_lru[F0]@5|)))
      (a!53 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!48
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!48
                      |PG_lru[F1]@5|)))
      (a!58 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@5|)))
      (a!62 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@5|)))
      (a!67 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!66
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!66
                      |folio.mapping[F0]@5|)))
      (a!71 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!66
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!66
                      |folio.mapping[F1]@5|)))
      (a!76 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!75
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!75
                      |folio.index[F0]@5|)))
      (a!80 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!75
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!75
                      |folio.index[F1]@5|)))
      (a!85 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!84
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!84
                      |folio.data[F0]@5|)))
      (a!90 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                 a!84
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                      a!84
                      |folio.data[F1]@5|)))
      (a!96 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                 a!95
                 (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                      a!95
                      |folio.node[F0]@5|)))
      (a!100 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!95
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!95
                       |folio.node[F1]@5|)))
      (a!105 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!104
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@5|)))
      (a!110 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!104
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@5|)))
      (a!115 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!114
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!114
                       |PG_swapcache[F0]@5|)))
      (a!120 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!114
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!114
                       |PG_swapcache[F1]@5|)))
      (a!125 (ite (and (= rule@5 #x15) (= fault0.page@5 #x00))
                  a!124
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x00))
                       a!124
                       |PG_dirty[F0]@5|)))
      (a!130 (ite (and (= rule@5 #x15) (= fault0.page@5 #x01))
                  a!124
                  (ite (and (= rule@5 #x16) (= fault0.page@5 #x01))
                       a!124
                       |PG_dirty[F1]@5|)))
      (a!134 (ite (and (= rule@5 #x05) true)
                  #x02
                  (ite (and (= rule@5 #x09) true) a!133 shmem.i_pages@5)))
      (a!136 (= swapper_space.i_pages@6
                (ite (and (= rule@5 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@5 #x0d) true)
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x14) (= fault0.page@5 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@5 #x0e) true)
                  #x0a
                  (ite (and (= rule@5 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@6 (ite (and (= rule@5 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@5 #x03) true)
                  a!3
                  (ite (and (= rule@5 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@5 #x07) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@5 #x13) true)
                  #x01
                  (ite (and (= rule@5 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@5 #x12) true)
                  shmem.i_pages@5
                  (ite (and (= rule@5 #x13) true) swapper_space.i_pages@5 a!167))))
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
                     (bvuge migrate0.pass@5 #x01))
                (and (= rule@5 #x12)
                     (= fault0.pc@5 #x00)
                     (not (= shmem.i_pages@5 #x02)))
                (and (= rule@5 #x13)
                     (= fault0.pc@5 #x00)
                     (= shmem.i_pages@5 #x02)
                     (not (= swapper_space.i_pages@5 #x02)))
                a!13
                (and (= rule@5 #x15) (= fault0.pc@5 #x02) a!16)
                (and (= rule@5 #x16) (= fault0.pc@5 #x02) (not a!16))))
      (a!21 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!20)))
      (a!25 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!18
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x00))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@5 #x13) (= swapper_space.i_pages@5 #x01))
                 (bvadd (ite (= swapper_space.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!46
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!58)))
      (a!63 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!56
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!67)))
      (a!72 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!65
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!76)))
      (a!81 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!74
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!85)))
      (a!91 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 a!83
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@5 #x0e) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x0f) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      a!96)))
      (a!101 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!94
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@5|)
                       a!105)))
      (a!111 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!103
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01)
                       #x00
                       |PG_swapcache[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_swapcache[F0]@5|)
                       a!115)))
      (a!121 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!113
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@5 #x0e) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_dirty[F0]@5|)
                  (ite (and (= rule@5 #x0f) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |PG_dirty[F0]@5|)
                       a!125)))
      (a!131 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                  a!123
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@5 #x0c) true)
                  #x00
                  (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@5 #x0c) true)
                  #x09
                  (ite (and (= rule@5 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@6 (ite (and (= rule@5 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!18
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@5 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x00))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@5 #x12) (= shmem.i_pages@5 #x01))
                 (bvadd (ite (= shmem.i_pages@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!46
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!56
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!65
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!74
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!83
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 a!83
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!91)))
      (a!98 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 a!94
                 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@5 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!103
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!103
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |page.mapping(shmem)[F0]@5|
                       a!111)))
      (a!117 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!113
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!113
                  (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                       |PG_swapcache[F0]@5|
                       a!121)))
      (a!127 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                  a!123
                  (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                  a!123
                  (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x01))
                       |PG_dirty[F0]@5|
                       a!131)))
      (a!140 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x0c) (= migrate0.newpage@5 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@6|
                (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@5 #x0a) true)
                  #x07
                  (ite (and (= rule@5 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@5 #x0e) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x0f) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@5 #x00) true)
                 #x00
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 a!83
                 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!87)))
      (a!93 (= |folio.data[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@5 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |page.mapping(shmem)[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                  |PG_swapcache[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@5 #x0b) (= migrate0.newpage@5 #x00))
                  |PG_dirty[F0]@5|
                  (ite (and (= rule@5 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@5 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@5 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@5 #x08) true)
                  #x08
                  (ite (and (= rule@5 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@5 #x0e) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@5 #x05) true)
                  #x01
                  (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@6| (ite (and (= rule@5 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@5 #x06) true)
                  #x05
                  (ite (and (= rule@5 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@5 #x0d) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x01))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@5 #x04) true)
                  #x05
                  (ite (and (= rule@5 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@5 #x09) (= migrate0.newpage@5 #x00))
                 (bvadd (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x09) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x01))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@5 #x02) true)
                  #x02
                  (ite (and (= rule@5 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@5 #x08) (= migrate0.newpage@5 #x00))
                 (bvsub (ite (= migrate0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@5 #x00) true)
                 (bvadd |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!23)
       (= |folio.used[F1]@6| a!26)
       (= |folio.refcount[F0]@6| a!36)
       a!45
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       (= |PG_lru[F0]@6| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@6| a!99)
       (= |folio.node[F1]@6| a!102)
       (= |page.mapping(shmem)[F0]@6| a!109)
       (= |page.mapping(shmem)[F1]@6| a!112)
       (= |PG_swapcache[F0]@6| a!119)
       (= |PG_swapcache[F1]@6| a!122)
       (= |PG_dirty[F0]@6| a!129)
       (= |PG_dirty[F1]@6| a!132)
       (= shmem.i_pages@6 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       a!142
       a!146
       (= migrate0.pc@6 a!155)
       a!157
       (= migrate0.newpage@6 a!159)
       (= migrate0.ok@6 a!161)
       (= migrate0.mapping_is_swapper@6 a!162)
       a!163
       a!166
       (= fault0.page@6 a!168)
       (= fault0.from_swap@6 a!169)
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
      (a!13 (and (= rule@6 #x14)
                 (= fault0.pc@6 #x01)
                 (= (ite (= fault0.page@6 #x00)
                         |PG_locked[F0]@6|
                         |PG_locked[F1]@6|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@6 #x00)
                         |PG_swapcache[F0]@6|
                         |PG_swapcache[F1]@6|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@6 #x00)
                         |page.mapping(shmem)[F0]@6|
                         |page.mapping(shmem)[F1]@6|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!19 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!27 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F0]@6|))
      (a!37 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!46 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!47 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!56 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!57 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!65 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!66 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= fault0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!74 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!75 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!83 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!84 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!94 (ite (= (ite (= migrate0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!95 (ite (= (ite (= fault0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= fault0.page@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!103 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!104 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |page.mapping(shmem)[F0]@6|
                       |page.mapping(shmem)[F1]@6|)))
      (a!113 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!114 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00)
                       |PG_swapcache[F0]@6|
                       |PG_swapcache[F1]@6|)))
      (a!123 (ite (= (ite (= migrate0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@6 #x00)
                       |PG_dirty[F0]@6|
                       |PG_dirty[F1]@6|)))
      (a!124 (ite (= (ite (= fault0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= fault0.page@6 #x00) |PG_dirty[F0]@6| |PG_dirty[F1]@6|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@6 #x00)))
                  migrate0.newpage@6
                  shmem.i_pages@6))
      (a!135 (ite (and (= rule@6 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                       migrate0.newpage@6
                       swapper_space.i_pages@6)
                  swapper_space.i_pages@6))
      (a!137 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       #x00
                       |PG_locked[F0]@6|)))
      (a!143 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!147 (ite (and (= rule@6 #x10) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x09 migrate0.pc@6)))
      (a!156 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x0f) true) #x00 migrate0.isolated@6)))
      (a!158 (ite (and (= rule@6 #x0d) true)
                  #x02
                  (ite (and (= rule@6 #x0e) true) #x02 migrate0.newpage@6)))
      (a!160 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x11) true) #x00 migrate0.ok@6)))
      (a!162 (ite (and (= rule@6 #x04) true)
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@6)))
      (a!163 (= migrate0.pass@7
                (ite (and (= rule@6 #x10) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!164 (ite (and (= rule@6 #x15) true)
                  #x03
                  (ite (and (= rule@6 #x16) true) #x00 fault0.pc@6)))
      (a!167 (ite (and (= rule@6 #x15) true)
                  #x02
                  (ite (and (= rule@6 #x16) true) #x02 fault0.page@6)))
      (a!169 (ite (and (= rule@6 #x12) true)
                  #x00
                  (ite (and (= rule@6 #x13) true) #x01 fault0.from_swap@6))))
(let ((a!4 (and (= rule@6 #x03)
                (= migrate0.pc@6 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@6 #x00))
                 (and (= swapper_space.i_pages@6 fault0.page@6) a!14)
                 (and (= shmem.i_pages@6 fault0.page@6) a!15)))
      (a!20 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!19
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!19
                      |folio.used[F0]@6|)))
      (a!24 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!19
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!19
                      |folio.used[F1]@6|)))
      (a!28 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 (bvsub (ite (= fault0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!48
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!48
                      |PG_lru[F0]@6|)))
      (a!53 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!48
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!48
                      |PG_lru[F1]@6|)))
      (a!58 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@6|)))
      (a!62 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@6|)))
      (a!67 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!66
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!66
                      |folio.mapping[F0]@6|)))
      (a!71 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!66
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!66
                      |folio.mapping[F1]@6|)))
      (a!76 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!75
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!75
                      |folio.index[F0]@6|)))
      (a!80 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!75
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!75
                      |folio.index[F1]@6|)))
      (a!85 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!84
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!84
                      |folio.data[F0]@6|)))
      (a!90 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                 a!84
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                      a!84
                      |folio.data[F1]@6|)))
      (a!96 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                 a!95
                 (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                      a!95
                      |folio.node[F0]@6|)))
      (a!100 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!95
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!95
                       |folio.node[F1]@6|)))
      (a!105 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!104
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@6|)))
      (a!110 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!104
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@6|)))
      (a!115 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!114
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!114
                       |PG_swapcache[F0]@6|)))
      (a!120 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!114
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!114
                       |PG_swapcache[F1]@6|)))
      (a!125 (ite (and (= rule@6 #x15) (= fault0.page@6 #x00))
                  a!124
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x00))
                       a!124
                       |PG_dirty[F0]@6|)))
      (a!130 (ite (and (= rule@6 #x15) (= fault0.page@6 #x01))
                  a!124
                  (ite (and (= rule@6 #x16) (= fault0.page@6 #x01))
                       a!124
                       |PG_dirty[F1]@6|)))
      (a!134 (ite (and (= rule@6 #x05) true)
                  #x02
                  (ite (and (= rule@6 #x09) true) a!133 shmem.i_pages@6)))
      (a!136 (= swapper_space.i_pages@7
                (ite (and (= rule@6 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@6 #x0d) true)
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x14) (= fault0.page@6 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@6 #x0e) true)
                  #x0a
                  (ite (and (= rule@6 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@7 (ite (and (= rule@6 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@6 #x03) true)
                  a!3
                  (ite (and (= rule@6 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@6 #x07) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@6 #x13) true)
                  #x01
                  (ite (and (= rule@6 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@6 #x12) true)
                  shmem.i_pages@6
                  (ite (and (= rule@6 #x13) true) swapper_space.i_pages@6 a!167))))
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
                     (bvuge migrate0.pass@6 #x01))
                (and (= rule@6 #x12)
                     (= fault0.pc@6 #x00)
                     (not (= shmem.i_pages@6 #x02)))
                (and (= rule@6 #x13)
                     (= fault0.pc@6 #x00)
                     (= shmem.i_pages@6 #x02)
                     (not (= swapper_space.i_pages@6 #x02)))
                a!13
                (and (= rule@6 #x15) (= fault0.pc@6 #x02) a!16)
                (and (= rule@6 #x16) (= fault0.pc@6 #x02) (not a!16))))
      (a!21 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!20)))
      (a!25 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!18
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x00))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@6 #x13) (= swapper_space.i_pages@6 #x01))
                 (bvadd (ite (= swapper_space.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!46
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!58)))
      (a!63 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!56
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!67)))
      (a!72 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!65
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!76)))
      (a!81 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!74
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!85)))
      (a!91 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 a!83
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@6 #x0e) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x0f) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      a!96)))
      (a!101 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!94
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@6|)
                       a!105)))
      (a!111 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!103
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01)
                       #x00
                       |PG_swapcache[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_swapcache[F0]@6|)
                       a!115)))
      (a!121 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!113
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@6 #x0e) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_dirty[F0]@6|)
                  (ite (and (= rule@6 #x0f) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |PG_dirty[F0]@6|)
                       a!125)))
      (a!131 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                  a!123
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@6 #x0c) true)
                  #x00
                  (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@6 #x0c) true)
                  #x09
                  (ite (and (= rule@6 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@7 (ite (and (= rule@6 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!18
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@6 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x00))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@6 #x12) (= shmem.i_pages@6 #x01))
                 (bvadd (ite (= shmem.i_pages@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!46
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!56
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!65
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!74
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!83
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 a!83
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!91)))
      (a!98 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 a!94
                 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@6 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!103
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!103
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |page.mapping(shmem)[F0]@6|
                       a!111)))
      (a!117 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!113
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!113
                  (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                       |PG_swapcache[F0]@6|
                       a!121)))
      (a!127 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                  a!123
                  (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                  a!123
                  (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x01))
                       |PG_dirty[F0]@6|
                       a!131)))
      (a!140 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x0c) (= migrate0.newpage@6 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@7|
                (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@6 #x0a) true)
                  #x07
                  (ite (and (= rule@6 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@6 #x0e) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x0f) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@6 #x00) true)
                 #x00
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 a!83
                 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!87)))
      (a!93 (= |folio.data[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@6 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |page.mapping(shmem)[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                  |PG_swapcache[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@6 #x0b) (= migrate0.newpage@6 #x00))
                  |PG_dirty[F0]@6|
                  (ite (and (= rule@6 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@6 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@6 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@6 #x08) true)
                  #x08
                  (ite (and (= rule@6 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@6 #x0e) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@6 #x05) true)
                  #x01
                  (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@7| (ite (and (= rule@6 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@6 #x06) true)
                  #x05
                  (ite (and (= rule@6 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@6 #x0d) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x01))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@6 #x04) true)
                  #x05
                  (ite (and (= rule@6 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@6 #x09) (= migrate0.newpage@6 #x00))
                 (bvadd (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x09) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x01))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@6 #x02) true)
                  #x02
                  (ite (and (= rule@6 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@6 #x08) (= migrate0.newpage@6 #x00))
                 (bvsub (ite (= migrate0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@6 #x00) true)
                 (bvadd |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!23)
       (= |folio.used[F1]@7| a!26)
       (= |folio.refcount[F0]@7| a!36)
       a!45
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       (= |PG_lru[F0]@7| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@7| a!99)
       (= |folio.node[F1]@7| a!102)
       (= |page.mapping(shmem)[F0]@7| a!109)
       (= |page.mapping(shmem)[F1]@7| a!112)
       (= |PG_swapcache[F0]@7| a!119)
       (= |PG_swapcache[F1]@7| a!122)
       (= |PG_dirty[F0]@7| a!129)
       (= |PG_dirty[F1]@7| a!132)
       (= shmem.i_pages@7 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       a!142
       a!146
       (= migrate0.pc@7 a!155)
       a!157
       (= migrate0.newpage@7 a!159)
       (= migrate0.ok@7 a!161)
       (= migrate0.mapping_is_swapper@7 a!162)
       a!163
       a!166
       (= fault0.page@7 a!168)
       (= fault0.from_swap@7 a!169)
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
      (a!13 (and (= rule@7 #x14)
                 (= fault0.pc@7 #x01)
                 (= (ite (= fault0.page@7 #x00)
                         |PG_locked[F0]@7|
                         |PG_locked[F1]@7|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@7 #x00)
                         |PG_swapcache[F0]@7|
                         |PG_swapcache[F1]@7|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@7 #x00)
                         |page.mapping(shmem)[F0]@7|
                         |page.mapping(shmem)[F1]@7|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!19 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!27 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F0]@7|))
      (a!37 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!46 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!47 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!56 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!57 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!65 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!66 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= fault0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!74 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!75 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!83 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!84 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!94 (ite (= (ite (= migrate0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!95 (ite (= (ite (= fault0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= fault0.page@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!103 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!104 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |page.mapping(shmem)[F0]@7|
                       |page.mapping(shmem)[F1]@7|)))
      (a!113 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!114 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00)
                       |PG_swapcache[F0]@7|
                       |PG_swapcache[F1]@7|)))
      (a!123 (ite (= (ite (= migrate0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@7 #x00)
                       |PG_dirty[F0]@7|
                       |PG_dirty[F1]@7|)))
      (a!124 (ite (= (ite (= fault0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= fault0.page@7 #x00) |PG_dirty[F0]@7| |PG_dirty[F1]@7|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@7 #x00)))
                  migrate0.newpage@7
                  shmem.i_pages@7))
      (a!135 (ite (and (= rule@7 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                       migrate0.newpage@7
                       swapper_space.i_pages@7)
                  swapper_space.i_pages@7))
      (a!137 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       #x00
                       |PG_locked[F0]@7|)))
      (a!143 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!147 (ite (and (= rule@7 #x10) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x09 migrate0.pc@7)))
      (a!156 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x0f) true) #x00 migrate0.isolated@7)))
      (a!158 (ite (and (= rule@7 #x0d) true)
                  #x02
                  (ite (and (= rule@7 #x0e) true) #x02 migrate0.newpage@7)))
      (a!160 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x11) true) #x00 migrate0.ok@7)))
      (a!162 (ite (and (= rule@7 #x04) true)
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@7)))
      (a!163 (= migrate0.pass@8
                (ite (and (= rule@7 #x10) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!164 (ite (and (= rule@7 #x15) true)
                  #x03
                  (ite (and (= rule@7 #x16) true) #x00 fault0.pc@7)))
      (a!167 (ite (and (= rule@7 #x15) true)
                  #x02
                  (ite (and (= rule@7 #x16) true) #x02 fault0.page@7)))
      (a!169 (ite (and (= rule@7 #x12) true)
                  #x00
                  (ite (and (= rule@7 #x13) true) #x01 fault0.from_swap@7))))
(let ((a!4 (and (= rule@7 #x03)
                (= migrate0.pc@7 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@7 #x00))
                 (and (= swapper_space.i_pages@7 fault0.page@7) a!14)
                 (and (= shmem.i_pages@7 fault0.page@7) a!15)))
      (a!20 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!19
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!19
                      |folio.used[F0]@7|)))
      (a!24 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!19
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!19
                      |folio.used[F1]@7|)))
      (a!28 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 (bvsub (ite (= fault0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!48
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!48
                      |PG_lru[F0]@7|)))
      (a!53 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!48
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!48
                      |PG_lru[F1]@7|)))
      (a!58 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@7|)))
      (a!62 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@7|)))
      (a!67 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!66
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!66
                      |folio.mapping[F0]@7|)))
      (a!71 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!66
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!66
                      |folio.mapping[F1]@7|)))
      (a!76 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!75
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!75
                      |folio.index[F0]@7|)))
      (a!80 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!75
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!75
                      |folio.index[F1]@7|)))
      (a!85 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!84
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!84
                      |folio.data[F0]@7|)))
      (a!90 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                 a!84
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                      a!84
                      |folio.data[F1]@7|)))
      (a!96 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                 a!95
                 (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                      a!95
                      |folio.node[F0]@7|)))
      (a!100 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!95
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!95
                       |folio.node[F1]@7|)))
      (a!105 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!104
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@7|)))
      (a!110 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!104
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@7|)))
      (a!115 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!114
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!114
                       |PG_swapcache[F0]@7|)))
      (a!120 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!114
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!114
                       |PG_swapcache[F1]@7|)))
      (a!125 (ite (and (= rule@7 #x15) (= fault0.page@7 #x00))
                  a!124
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x00))
                       a!124
                       |PG_dirty[F0]@7|)))
      (a!130 (ite (and (= rule@7 #x15) (= fault0.page@7 #x01))
                  a!124
                  (ite (and (= rule@7 #x16) (= fault0.page@7 #x01))
                       a!124
                       |PG_dirty[F1]@7|)))
      (a!134 (ite (and (= rule@7 #x05) true)
                  #x02
                  (ite (and (= rule@7 #x09) true) a!133 shmem.i_pages@7)))
      (a!136 (= swapper_space.i_pages@8
                (ite (and (= rule@7 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@7 #x0d) true)
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x14) (= fault0.page@7 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@7 #x0e) true)
                  #x0a
                  (ite (and (= rule@7 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@8 (ite (and (= rule@7 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@7 #x03) true)
                  a!3
                  (ite (and (= rule@7 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@7 #x07) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@7 #x13) true)
                  #x01
                  (ite (and (= rule@7 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@7 #x12) true)
                  shmem.i_pages@7
                  (ite (and (= rule@7 #x13) true) swapper_space.i_pages@7 a!167))))
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
                     (bvuge migrate0.pass@7 #x01))
                (and (= rule@7 #x12)
                     (= fault0.pc@7 #x00)
                     (not (= shmem.i_pages@7 #x02)))
                (and (= rule@7 #x13)
                     (= fault0.pc@7 #x00)
                     (= shmem.i_pages@7 #x02)
                     (not (= swapper_space.i_pages@7 #x02)))
                a!13
                (and (= rule@7 #x15) (= fault0.pc@7 #x02) a!16)
                (and (= rule@7 #x16) (= fault0.pc@7 #x02) (not a!16))))
      (a!21 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!20)))
      (a!25 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!18
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x00))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@7 #x13) (= swapper_space.i_pages@7 #x01))
                 (bvadd (ite (= swapper_space.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!46
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!58)))
      (a!63 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!56
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!67)))
      (a!72 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!65
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!76)))
      (a!81 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!74
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!85)))
      (a!91 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 a!83
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@7 #x0e) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x0f) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      a!96)))
      (a!101 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!94
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@7|)
                       a!105)))
      (a!111 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!103
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01)
                       #x00
                       |PG_swapcache[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_swapcache[F0]@7|)
                       a!115)))
      (a!121 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!113
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@7 #x0e) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_dirty[F0]@7|)
                  (ite (and (= rule@7 #x0f) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |PG_dirty[F0]@7|)
                       a!125)))
      (a!131 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                  a!123
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@7 #x0c) true)
                  #x00
                  (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@7 #x0c) true)
                  #x09
                  (ite (and (= rule@7 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@8 (ite (and (= rule@7 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!18
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@7 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x00))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@7 #x12) (= shmem.i_pages@7 #x01))
                 (bvadd (ite (= shmem.i_pages@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!46
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!56
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!65
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!74
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!83
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 a!83
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!91)))
      (a!98 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 a!94
                 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@7 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!103
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!103
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |page.mapping(shmem)[F0]@7|
                       a!111)))
      (a!117 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!113
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!113
                  (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                       |PG_swapcache[F0]@7|
                       a!121)))
      (a!127 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                  a!123
                  (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                  a!123
                  (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x01))
                       |PG_dirty[F0]@7|
                       a!131)))
      (a!140 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x0c) (= migrate0.newpage@7 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@8|
                (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@7 #x0a) true)
                  #x07
                  (ite (and (= rule@7 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@7 #x0e) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x0f) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@7 #x00) true)
                 #x00
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 a!83
                 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!87)))
      (a!93 (= |folio.data[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@7 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |page.mapping(shmem)[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                  |PG_swapcache[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@7 #x0b) (= migrate0.newpage@7 #x00))
                  |PG_dirty[F0]@7|
                  (ite (and (= rule@7 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@7 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@7 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@7 #x08) true)
                  #x08
                  (ite (and (= rule@7 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@7 #x0e) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@7 #x05) true)
                  #x01
                  (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@8| (ite (and (= rule@7 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@7 #x06) true)
                  #x05
                  (ite (and (= rule@7 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@7 #x0d) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x01))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@7 #x04) true)
                  #x05
                  (ite (and (= rule@7 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@7 #x09) (= migrate0.newpage@7 #x00))
                 (bvadd (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x09) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x01))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@7 #x02) true)
                  #x02
                  (ite (and (= rule@7 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@7 #x08) (= migrate0.newpage@7 #x00))
                 (bvsub (ite (= migrate0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@7 #x00) true)
                 (bvadd |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!23)
       (= |folio.used[F1]@8| a!26)
       (= |folio.refcount[F0]@8| a!36)
       a!45
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       (= |PG_lru[F0]@8| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@8| a!99)
       (= |folio.node[F1]@8| a!102)
       (= |page.mapping(shmem)[F0]@8| a!109)
       (= |page.mapping(shmem)[F1]@8| a!112)
       (= |PG_swapcache[F0]@8| a!119)
       (= |PG_swapcache[F1]@8| a!122)
       (= |PG_dirty[F0]@8| a!129)
       (= |PG_dirty[F1]@8| a!132)
       (= shmem.i_pages@8 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       a!142
       a!146
       (= migrate0.pc@8 a!155)
       a!157
       (= migrate0.newpage@8 a!159)
       (= migrate0.ok@8 a!161)
       (= migrate0.mapping_is_swapper@8 a!162)
       a!163
       a!166
       (= fault0.page@8 a!168)
       (= fault0.from_swap@8 a!169)
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
      (a!13 (and (= rule@8 #x14)
                 (= fault0.pc@8 #x01)
                 (= (ite (= fault0.page@8 #x00)
                         |PG_locked[F0]@8|
                         |PG_locked[F1]@8|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@8 #x00)
                         |PG_swapcache[F0]@8|
                         |PG_swapcache[F1]@8|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@8 #x00)
                         |page.mapping(shmem)[F0]@8|
                         |page.mapping(shmem)[F1]@8|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!19 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!27 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F0]@8|))
      (a!37 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!46 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!47 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!56 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!57 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!65 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!66 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= fault0.page@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!74 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!75 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!83 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!84 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!94 (ite (= (ite (= migrate0.newpage@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!95 (ite (= (ite (= fault0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= fault0.page@8 #x00)
                      |folio.node[F0]@8|
                      |folio.node[F1]@8|)))
      (a!103 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!104 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |page.mapping(shmem)[F0]@8|
                       |page.mapping(shmem)[F1]@8|)))
      (a!113 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!114 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00)
                       |PG_swapcache[F0]@8|
                       |PG_swapcache[F1]@8|)))
      (a!123 (ite (= (ite (= migrate0.newpage@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@8 #x00)
                       |PG_dirty[F0]@8|
                       |PG_dirty[F1]@8|)))
      (a!124 (ite (= (ite (= fault0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= fault0.page@8 #x00) |PG_dirty[F0]@8| |PG_dirty[F1]@8|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@8 #x00)))
                  migrate0.newpage@8
                  shmem.i_pages@8))
      (a!135 (ite (and (= rule@8 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                       migrate0.newpage@8
                       swapper_space.i_pages@8)
                  swapper_space.i_pages@8))
      (a!137 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       #x00
                       |PG_locked[F0]@8|)))
      (a!143 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!147 (ite (and (= rule@8 #x10) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x09 migrate0.pc@8)))
      (a!156 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x0f) true) #x00 migrate0.isolated@8)))
      (a!158 (ite (and (= rule@8 #x0d) true)
                  #x02
                  (ite (and (= rule@8 #x0e) true) #x02 migrate0.newpage@8)))
      (a!160 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x11) true) #x00 migrate0.ok@8)))
      (a!162 (ite (and (= rule@8 #x04) true)
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@8)))
      (a!163 (= migrate0.pass@9
                (ite (and (= rule@8 #x10) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!164 (ite (and (= rule@8 #x15) true)
                  #x03
                  (ite (and (= rule@8 #x16) true) #x00 fault0.pc@8)))
      (a!167 (ite (and (= rule@8 #x15) true)
                  #x02
                  (ite (and (= rule@8 #x16) true) #x02 fault0.page@8)))
      (a!169 (ite (and (= rule@8 #x12) true)
                  #x00
                  (ite (and (= rule@8 #x13) true) #x01 fault0.from_swap@8))))
(let ((a!4 (and (= rule@8 #x03)
                (= migrate0.pc@8 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@8 #x00))
                 (and (= swapper_space.i_pages@8 fault0.page@8) a!14)
                 (and (= shmem.i_pages@8 fault0.page@8) a!15)))
      (a!20 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!19
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!19
                      |folio.used[F0]@8|)))
      (a!24 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!19
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!19
                      |folio.used[F1]@8|)))
      (a!28 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 (bvsub (ite (= fault0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!48
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!48
                      |PG_lru[F0]@8|)))
      (a!53 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!48
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!48
                      |PG_lru[F1]@8|)))
      (a!58 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@8|)))
      (a!62 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!57
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@8|)))
      (a!67 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!66
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!66
                      |folio.mapping[F0]@8|)))
      (a!71 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!66
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!66
                      |folio.mapping[F1]@8|)))
      (a!76 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!75
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!75
                      |folio.index[F0]@8|)))
      (a!80 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!75
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!75
                      |folio.index[F1]@8|)))
      (a!85 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!84
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!84
                      |folio.data[F0]@8|)))
      (a!90 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                 a!84
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                      a!84
                      |folio.data[F1]@8|)))
      (a!96 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                 a!95
                 (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                      a!95
                      |folio.node[F0]@8|)))
      (a!100 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!95
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!95
                       |folio.node[F1]@8|)))
      (a!105 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!104
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@8|)))
      (a!110 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!104
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@8|)))
      (a!115 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!114
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!114
                       |PG_swapcache[F0]@8|)))
      (a!120 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!114
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!114
                       |PG_swapcache[F1]@8|)))
      (a!125 (ite (and (= rule@8 #x15) (= fault0.page@8 #x00))
                  a!124
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x00))
                       a!124
                       |PG_dirty[F0]@8|)))
      (a!130 (ite (and (= rule@8 #x15) (= fault0.page@8 #x01))
                  a!124
                  (ite (and (= rule@8 #x16) (= fault0.page@8 #x01))
                       a!124
                       |PG_dirty[F1]@8|)))
      (a!134 (ite (and (= rule@8 #x05) true)
                  #x02
                  (ite (and (= rule@8 #x09) true) a!133 shmem.i_pages@8)))
      (a!136 (= swapper_space.i_pages@9
                (ite (and (= rule@8 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@8 #x0d) true)
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x14) (= fault0.page@8 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@8 #x0e) true)
                  #x0a
                  (ite (and (= rule@8 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@9 (ite (and (= rule@8 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@8 #x03) true)
                  a!3
                  (ite (and (= rule@8 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@8 #x07) true)
                  #x00
                  (ite (and (= rule@8 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@8 #x13) true)
                  #x01
                  (ite (and (= rule@8 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@8 #x12) true)
                  shmem.i_pages@8
                  (ite (and (= rule@8 #x13) true) swapper_space.i_pages@8 a!167))))
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
                     (bvuge migrate0.pass@8 #x01))
                (and (= rule@8 #x12)
                     (= fault0.pc@8 #x00)
                     (not (= shmem.i_pages@8 #x02)))
                (and (= rule@8 #x13)
                     (= fault0.pc@8 #x00)
                     (= shmem.i_pages@8 #x02)
                     (not (= swapper_space.i_pages@8 #x02)))
                a!13
                (and (= rule@8 #x15) (= fault0.pc@8 #x02) a!16)
                (and (= rule@8 #x16) (= fault0.pc@8 #x02) (not a!16))))
      (a!21 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!20)))
      (a!25 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!18
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x00))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@8 #x13) (= swapper_space.i_pages@8 #x01))
                 (bvadd (ite (= swapper_space.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!46
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!58)))
      (a!63 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!56
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!67)))
      (a!72 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!65
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!76)))
      (a!81 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!74
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!85)))
      (a!91 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 a!83
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@8 #x0e) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x0f) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.node[F0]@8|)
                      a!96)))
      (a!101 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!94
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@8|)
                       a!105)))
      (a!111 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!103
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01)
                       #x00
                       |PG_swapcache[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_swapcache[F0]@8|)
                       a!115)))
      (a!121 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!113
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@8 #x0e) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_dirty[F0]@8|)
                  (ite (and (= rule@8 #x0f) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |PG_dirty[F0]@8|)
                       a!125)))
      (a!131 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                  a!123
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@8 #x0c) true)
                  #x00
                  (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@8 #x0c) true)
                  #x09
                  (ite (and (= rule@8 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@9 (ite (and (= rule@8 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!18
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@8 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x00))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@8 #x12) (= shmem.i_pages@8 #x01))
                 (bvadd (ite (= shmem.i_pages@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!46
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!56
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!65
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!74
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!83
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 a!83
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                      |folio.data[F0]@8|
                      a!91)))
      (a!98 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 a!94
                 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@8 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!103
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!103
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |page.mapping(shmem)[F0]@8|
                       a!111)))
      (a!117 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!113
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!113
                  (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                       |PG_swapcache[F0]@8|
                       a!121)))
      (a!127 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                  a!123
                  (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                  a!123
                  (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x01))
                       |PG_dirty[F0]@8|
                       a!131)))
      (a!140 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x0c) (= migrate0.newpage@8 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@9|
                (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@8 #x0a) true)
                  #x07
                  (ite (and (= rule@8 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@8 #x0e) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x0f) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@8 #x00) true)
                 #x00
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@9|
               (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 a!83
                 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                      |folio.data[F0]@8|
                      a!87)))
      (a!93 (= |folio.data[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@8 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@8|)
                 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |page.mapping(shmem)[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                  |PG_swapcache[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@8 #x0b) (= migrate0.newpage@8 #x00))
                  |PG_dirty[F0]@8|
                  (ite (and (= rule@8 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@8 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@8 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@8 #x08) true)
                  #x08
                  (ite (and (= rule@8 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@8 #x0e) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@8 #x05) true)
                  #x00
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@8 #x05) true)
                  #x01
                  (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@9| (ite (and (= rule@8 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@8 #x06) true)
                  #x05
                  (ite (and (= rule@8 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@8 #x0d) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x01))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@8 #x04) true)
                  #x05
                  (ite (and (= rule@8 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@8 #x09) (= migrate0.newpage@8 #x00))
                 (bvadd (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x09) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x01))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@8 #x02) true)
                  #x02
                  (ite (and (= rule@8 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@8 #x08) (= migrate0.newpage@8 #x00))
                 (bvsub (ite (= migrate0.newpage@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@9|
               (ite (and (= rule@8 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@8 #x00) true)
                 (bvadd |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| |pte[P0][0]@8|)
       (= |pte.folio[P0][0]@9| |pte.folio[P0][0]@8|)
       (= |pte.write[P0][0]@9| |pte.write[P0][0]@8|)
       (= |expected[P0][0]@9| |expected[P0][0]@8|)
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| |anon_vma.refcount[av0]@8|)
       (= |folio.used[F0]@9| a!23)
       (= |folio.used[F1]@9| a!26)
       (= |folio.refcount[F0]@9| a!36)
       a!45
       (= |folio.mapcount[F0]@9| |folio.mapcount[F0]@8|)
       (= |folio.mapcount[F1]@9| |folio.mapcount[F1]@8|)
       (= |PG_lru[F0]@9| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@9| a!99)
       (= |folio.node[F1]@9| a!102)
       (= |page.mapping(shmem)[F0]@9| a!109)
       (= |page.mapping(shmem)[F1]@9| a!112)
       (= |PG_swapcache[F0]@9| a!119)
       (= |PG_swapcache[F1]@9| a!122)
       (= |PG_dirty[F0]@9| a!129)
       (= |PG_dirty[F1]@9| a!132)
       (= shmem.i_pages@9 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       (= |&mm->mmap_lock.readers[P0]@9| |&mm->mmap_lock.readers[P0]@8|)
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| |&anon_vma->rwsem.readers[av0]@8|)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       a!142
       a!146
       (= migrate0.pc@9 a!155)
       a!157
       (= migrate0.newpage@9 a!159)
       (= migrate0.ok@9 a!161)
       (= migrate0.mapping_is_swapper@9 a!162)
       a!163
       a!166
       (= fault0.page@9 a!168)
       (= fault0.from_swap@9 a!169)
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
      (a!13 (and (= rule@9 #x14)
                 (= fault0.pc@9 #x01)
                 (= (ite (= fault0.page@9 #x00)
                         |PG_locked[F0]@9|
                         |PG_locked[F1]@9|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@9 #x00)
                         |PG_swapcache[F0]@9|
                         |PG_swapcache[F1]@9|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@9 #x00)
                         |page.mapping(shmem)[F0]@9|
                         |page.mapping(shmem)[F1]@9|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!19 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!27 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F0]@9|))
      (a!37 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!46 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!47 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!56 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!57 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!65 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!66 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= fault0.page@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!74 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!75 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!83 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!84 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!94 (ite (= (ite (= migrate0.newpage@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!95 (ite (= (ite (= fault0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= fault0.page@9 #x00)
                      |folio.node[F0]@9|
                      |folio.node[F1]@9|)))
      (a!103 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!104 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |page.mapping(shmem)[F0]@9|
                       |page.mapping(shmem)[F1]@9|)))
      (a!113 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!114 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00)
                       |PG_swapcache[F0]@9|
                       |PG_swapcache[F1]@9|)))
      (a!123 (ite (= (ite (= migrate0.newpage@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@9 #x00)
                       |PG_dirty[F0]@9|
                       |PG_dirty[F1]@9|)))
      (a!124 (ite (= (ite (= fault0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= fault0.page@9 #x00) |PG_dirty[F0]@9| |PG_dirty[F1]@9|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@9 #x00)))
                  migrate0.newpage@9
                  shmem.i_pages@9))
      (a!135 (ite (and (= rule@9 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                       migrate0.newpage@9
                       swapper_space.i_pages@9)
                  swapper_space.i_pages@9))
      (a!137 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       #x00
                       |PG_locked[F0]@9|)))
      (a!143 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!147 (ite (and (= rule@9 #x10) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x09 migrate0.pc@9)))
      (a!156 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x0f) true) #x00 migrate0.isolated@9)))
      (a!158 (ite (and (= rule@9 #x0d) true)
                  #x02
                  (ite (and (= rule@9 #x0e) true) #x02 migrate0.newpage@9)))
      (a!160 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x11) true) #x00 migrate0.ok@9)))
      (a!162 (ite (and (= rule@9 #x04) true)
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@9)))
      (a!163 (= migrate0.pass@10
                (ite (and (= rule@9 #x10) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!164 (ite (and (= rule@9 #x15) true)
                  #x03
                  (ite (and (= rule@9 #x16) true) #x00 fault0.pc@9)))
      (a!167 (ite (and (= rule@9 #x15) true)
                  #x02
                  (ite (and (= rule@9 #x16) true) #x02 fault0.page@9)))
      (a!169 (ite (and (= rule@9 #x12) true)
                  #x00
                  (ite (and (= rule@9 #x13) true) #x01 fault0.from_swap@9))))
(let ((a!4 (and (= rule@9 #x03)
                (= migrate0.pc@9 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|) #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@9 #x00))
                 (and (= swapper_space.i_pages@9 fault0.page@9) a!14)
                 (and (= shmem.i_pages@9 fault0.page@9) a!15)))
      (a!20 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!19
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!19
                      |folio.used[F0]@9|)))
      (a!24 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!19
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!19
                      |folio.used[F1]@9|)))
      (a!28 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 (bvsub (ite (= fault0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!48
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!48
                      |PG_lru[F0]@9|)))
      (a!53 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!48
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!48
                      |PG_lru[F1]@9|)))
      (a!58 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@9|)))
      (a!62 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!57
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@9|)))
      (a!67 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!66
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!66
                      |folio.mapping[F0]@9|)))
      (a!71 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!66
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!66
                      |folio.mapping[F1]@9|)))
      (a!76 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!75
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!75
                      |folio.index[F0]@9|)))
      (a!80 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!75
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!75
                      |folio.index[F1]@9|)))
      (a!85 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!84
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!84
                      |folio.data[F0]@9|)))
      (a!90 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                 a!84
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                      a!84
                      |folio.data[F1]@9|)))
      (a!96 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                 a!95
                 (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                      a!95
                      |folio.node[F0]@9|)))
      (a!100 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!95
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!95
                       |folio.node[F1]@9|)))
      (a!105 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!104
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@9|)))
      (a!110 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!104
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@9|)))
      (a!115 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!114
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!114
                       |PG_swapcache[F0]@9|)))
      (a!120 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!114
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!114
                       |PG_swapcache[F1]@9|)))
      (a!125 (ite (and (= rule@9 #x15) (= fault0.page@9 #x00))
                  a!124
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x00))
                       a!124
                       |PG_dirty[F0]@9|)))
      (a!130 (ite (and (= rule@9 #x15) (= fault0.page@9 #x01))
                  a!124
                  (ite (and (= rule@9 #x16) (= fault0.page@9 #x01))
                       a!124
                       |PG_dirty[F1]@9|)))
      (a!134 (ite (and (= rule@9 #x05) true)
                  #x02
                  (ite (and (= rule@9 #x09) true) a!133 shmem.i_pages@9)))
      (a!136 (= swapper_space.i_pages@10
                (ite (and (= rule@9 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@9 #x0d) true)
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x00)) #x02 a!137)))
      (a!144 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x14) (= fault0.page@9 #x01)) #x02 a!143)))
      (a!148 (ite (and (= rule@9 #x0e) true)
                  #x0a
                  (ite (and (= rule@9 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@10
                (ite (and (= rule@9 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@9 #x03) true)
                  a!3
                  (ite (and (= rule@9 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@9 #x07) true)
                  #x00
                  (ite (and (= rule@9 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@9 #x13) true)
                  #x01
                  (ite (and (= rule@9 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@9 #x12) true)
                  shmem.i_pages@9
                  (ite (and (= rule@9 #x13) true) swapper_space.i_pages@9 a!167))))
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
                     (bvuge migrate0.pass@9 #x01))
                (and (= rule@9 #x12)
                     (= fault0.pc@9 #x00)
                     (not (= shmem.i_pages@9 #x02)))
                (and (= rule@9 #x13)
                     (= fault0.pc@9 #x00)
                     (= shmem.i_pages@9 #x02)
                     (not (= swapper_space.i_pages@9 #x02)))
                a!13
                (and (= rule@9 #x15) (= fault0.pc@9 #x02) a!16)
                (and (= rule@9 #x16) (= fault0.pc@9 #x02) (not a!16))))
      (a!21 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!20)))
      (a!25 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!18
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x00))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@9 #x13) (= swapper_space.i_pages@9 #x01))
                 (bvadd (ite (= swapper_space.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!46
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!58)))
      (a!63 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!56
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!67)))
      (a!72 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!65
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!76)))
      (a!81 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!74
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!85)))
      (a!91 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 a!83
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@9 #x0e) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x0f) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.node[F0]@9|)
                      a!96)))
      (a!101 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!94
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@9|)
                       a!105)))
      (a!111 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!103
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01)
                       #x00
                       |PG_swapcache[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_swapcache[F0]@9|)
                       a!115)))
      (a!121 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!113
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@9 #x0e) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_dirty[F0]@9|)
                  (ite (and (= rule@9 #x0f) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |PG_dirty[F0]@9|)
                       a!125)))
      (a!131 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                  a!123
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@9 #x0c) true)
                  #x00
                  (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@9 #x0c) true)
                  #x09
                  (ite (and (= rule@9 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@10 (ite (and (= rule@9 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!18
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@9 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x00))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@9 #x12) (= shmem.i_pages@9 #x01))
                 (bvadd (ite (= shmem.i_pages@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!46
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!46 a!54)))
      (a!60 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!56
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!56 a!63)))
      (a!69 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!65
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!65 a!72)))
      (a!78 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!74
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01)) a!74 a!81)))
      (a!87 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!83
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 a!83
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                      |folio.data[F0]@9|
                      a!91)))
      (a!98 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 a!94
                 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@9 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!103
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!103
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |page.mapping(shmem)[F0]@9|
                       a!111)))
      (a!117 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!113
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!113
                  (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                       |PG_swapcache[F0]@9|
                       a!121)))
      (a!127 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                  a!123
                  (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                  a!123
                  (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x01))
                       |PG_dirty[F0]@9|
                       a!131)))
      (a!140 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x0c) (= migrate0.newpage@9 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@10|
                (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@9 #x0a) true)
                  #x07
                  (ite (and (= rule@9 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@9 #x0e) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x0f) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@9 #x00) true)
                 #x00
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!56 a!60)))
      (a!70 (= |folio.mapping[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!65 a!69)))
      (a!79 (= |folio.index[F0]@10|
               (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00)) a!74 a!78)))
      (a!88 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 a!83
                 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                      |folio.data[F0]@9|
                      a!87)))
      (a!93 (= |folio.data[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@9 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@9|)
                 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |page.mapping(shmem)[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                  |PG_swapcache[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@9 #x0b) (= migrate0.newpage@9 #x00))
                  |PG_dirty[F0]@9|
                  (ite (and (= rule@9 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@9 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@9 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@9 #x08) true)
                  #x08
                  (ite (and (= rule@9 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@9 #x0e) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@9 #x05) true)
                  #x00
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@9 #x05) true)
                  #x01
                  (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@10| (ite (and (= rule@9 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@9 #x06) true)
                  #x05
                  (ite (and (= rule@9 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@9 #x0d) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x01))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@9 #x04) true)
                  #x05
                  (ite (and (= rule@9 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@9 #x09) (= migrate0.newpage@9 #x00))
                 (bvadd (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x09) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x01))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@9 #x02) true)
                  #x02
                  (ite (and (= rule@9 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@9 #x08) (= migrate0.newpage@9 #x00))
                 (bvsub (ite (= migrate0.newpage@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@10|
               (ite (and (= rule@9 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@9 #x00) true)
                 (bvadd |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| |pte[P0][0]@9|)
       (= |pte.folio[P0][0]@10| |pte.folio[P0][0]@9|)
       (= |pte.write[P0][0]@10| |pte.write[P0][0]@9|)
       (= |expected[P0][0]@10| |expected[P0][0]@9|)
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| |anon_vma.refcount[av0]@9|)
       (= |folio.used[F0]@10| a!23)
       (= |folio.used[F1]@10| a!26)
       (= |folio.refcount[F0]@10| a!36)
       a!45
       (= |folio.mapcount[F0]@10| |folio.mapcount[F0]@9|)
       (= |folio.mapcount[F1]@10| |folio.mapcount[F1]@9|)
       (= |PG_lru[F0]@10| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@10| a!99)
       (= |folio.node[F1]@10| a!102)
       (= |page.mapping(shmem)[F0]@10| a!109)
       (= |page.mapping(shmem)[F1]@10| a!112)
       (= |PG_swapcache[F0]@10| a!119)
       (= |PG_swapcache[F1]@10| a!122)
       (= |PG_dirty[F0]@10| a!129)
       (= |PG_dirty[F1]@10| a!132)
       (= shmem.i_pages@10 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       (= |&mm->mmap_lock.readers[P0]@10| |&mm->mmap_lock.readers[P0]@9|)
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| |&anon_vma->rwsem.readers[av0]@9|)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       a!142
       a!146
       (= migrate0.pc@10 a!155)
       a!157
       (= migrate0.newpage@10 a!159)
       (= migrate0.ok@10 a!161)
       (= migrate0.mapping_is_swapper@10 a!162)
       a!163
       a!166
       (= fault0.page@10 a!168)
       (= fault0.from_swap@10 a!169)
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
      (a!13 (and (= rule@10 #x14)
                 (= fault0.pc@10 #x01)
                 (= (ite (= fault0.page@10 #x00)
                         |PG_locked[F0]@10|
                         |PG_locked[F1]@10|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@10 #x00)
                         |PG_swapcache[F0]@10|
                         |PG_swapcache[F1]@10|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@10 #x00)
                         |page.mapping(shmem)[F0]@10|
                         |page.mapping(shmem)[F1]@10|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!19 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!27 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F0]@10|))
      (a!37 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!46 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_lru[F0]@10|
                      |PG_lru[F1]@10|)))
      (a!47 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!56 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!57 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!65 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!66 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= fault0.page@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!74 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!75 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!83 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!84 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!94 (ite (= (ite (= migrate0.newpage@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!95 (ite (= (ite (= fault0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= fault0.page@10 #x00)
                      |folio.node[F0]@10|
                      |folio.node[F1]@10|)))
      (a!103 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!104 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |page.mapping(shmem)[F0]@10|
                       |page.mapping(shmem)[F1]@10|)))
      (a!113 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!114 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_swapcache[F0]@10|
                       |PG_swapcache[F1]@10|)))
      (a!123 (ite (= (ite (= migrate0.newpage@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!124 (ite (= (ite (= fault0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= fault0.page@10 #x00)
                       |PG_dirty[F0]@10|
                       |PG_dirty[F1]@10|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@10 #x00)))
                  migrate0.newpage@10
                  shmem.i_pages@10))
      (a!135 (ite (and (= rule@10 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                       migrate0.newpage@10
                       swapper_space.i_pages@10)
                  swapper_space.i_pages@10))
      (a!137 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       #x00
                       |PG_locked[F0]@10|)))
      (a!143 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!147 (ite (and (= rule@10 #x10) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x09 migrate0.pc@10)))
      (a!156 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x0f) true) #x00 migrate0.isolated@10)))
      (a!158 (ite (and (= rule@10 #x0d) true)
                  #x02
                  (ite (and (= rule@10 #x0e) true) #x02 migrate0.newpage@10)))
      (a!160 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x11) true) #x00 migrate0.ok@10)))
      (a!162 (ite (and (= rule@10 #x04) true)
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@10)))
      (a!163 (= migrate0.pass@11
                (ite (and (= rule@10 #x10) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!164 (ite (and (= rule@10 #x15) true)
                  #x03
                  (ite (and (= rule@10 #x16) true) #x00 fault0.pc@10)))
      (a!167 (ite (and (= rule@10 #x15) true)
                  #x02
                  (ite (and (= rule@10 #x16) true) #x02 fault0.page@10)))
      (a!169 (ite (and (= rule@10 #x12) true)
                  #x00
                  (ite (and (= rule@10 #x13) true) #x01 fault0.from_swap@10))))
(let ((a!4 (and (= rule@10 #x03)
                (= migrate0.pc@10 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                   #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@10 #x00))
                 (and (= swapper_space.i_pages@10 fault0.page@10) a!14)
                 (and (= shmem.i_pages@10 fault0.page@10) a!15)))
      (a!20 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!19
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!19
                      |folio.used[F0]@10|)))
      (a!24 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!19
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!19
                      |folio.used[F1]@10|)))
      (a!28 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 (bvsub (ite (= fault0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!48
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!48
                      |PG_lru[F0]@10|)))
      (a!53 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!48
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!48
                      |PG_lru[F1]@10|)))
      (a!58 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@10|)))
      (a!62 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!57
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@10|)))
      (a!67 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!66
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!66
                      |folio.mapping[F0]@10|)))
      (a!71 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!66
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!66
                      |folio.mapping[F1]@10|)))
      (a!76 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!75
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!75
                      |folio.index[F0]@10|)))
      (a!80 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!75
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!75
                      |folio.index[F1]@10|)))
      (a!85 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!84
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!84
                      |folio.data[F0]@10|)))
      (a!90 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                 a!84
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                      a!84
                      |folio.data[F1]@10|)))
      (a!96 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                 a!95
                 (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                      a!95
                      |folio.node[F0]@10|)))
      (a!100 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!95
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!95
                       |folio.node[F1]@10|)))
      (a!105 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!104
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@10|)))
      (a!110 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!104
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@10|)))
      (a!115 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!114
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!114
                       |PG_swapcache[F0]@10|)))
      (a!120 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!114
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!114
                       |PG_swapcache[F1]@10|)))
      (a!125 (ite (and (= rule@10 #x15) (= fault0.page@10 #x00))
                  a!124
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x00))
                       a!124
                       |PG_dirty[F0]@10|)))
      (a!130 (ite (and (= rule@10 #x15) (= fault0.page@10 #x01))
                  a!124
                  (ite (and (= rule@10 #x16) (= fault0.page@10 #x01))
                       a!124
                       |PG_dirty[F1]@10|)))
      (a!134 (ite (and (= rule@10 #x05) true)
                  #x02
                  (ite (and (= rule@10 #x09) true) a!133 shmem.i_pages@10)))
      (a!136 (= swapper_space.i_pages@11
                (ite (and (= rule@10 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@10 #x0d) true)
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x00))
                       #x02
                       a!137)))
      (a!144 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x14) (= fault0.page@10 #x01))
                       #x02
                       a!143)))
      (a!148 (ite (and (= rule@10 #x0e) true)
                  #x0a
                  (ite (and (= rule@10 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@11
                (ite (and (= rule@10 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@10 #x03) true)
                  a!3
                  (ite (and (= rule@10 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@10 #x07) true)
                  #x00
                  (ite (and (= rule@10 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@10 #x13) true)
                  #x01
                  (ite (and (= rule@10 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@10 #x12) true)
                  shmem.i_pages@10
                  (ite (and (= rule@10 #x13) true)
                       swapper_space.i_pages@10
                       a!167))))
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
                     (bvuge migrate0.pass@10 #x01))
                (and (= rule@10 #x12)
                     (= fault0.pc@10 #x00)
                     (not (= shmem.i_pages@10 #x02)))
                (and (= rule@10 #x13)
                     (= fault0.pc@10 #x00)
                     (= shmem.i_pages@10 #x02)
                     (not (= swapper_space.i_pages@10 #x02)))
                a!13
                (and (= rule@10 #x15) (= fault0.pc@10 #x02) a!16)
                (and (= rule@10 #x16) (= fault0.pc@10 #x02) (not a!16))))
      (a!21 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!20)))
      (a!25 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!18
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x00))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@10 #x13) (= swapper_space.i_pages@10 #x01))
                 (bvadd (ite (= swapper_space.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!46
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!58)))
      (a!63 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!56
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!67)))
      (a!72 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!65
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!76)))
      (a!81 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!74
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.data[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!85)))
      (a!91 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 a!83
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@10 #x0e) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x0f) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.node[F0]@10|)
                      a!96)))
      (a!101 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!94
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@10|)
                       a!105)))
      (a!111 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!103
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |PG_swapcache[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_swapcache[F0]@10|)
                       a!115)))
      (a!121 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!113
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@10 #x0e) true)
                  (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_dirty[F0]@10|)
                  (ite (and (= rule@10 #x0f) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |PG_dirty[F0]@10|)
                       a!125)))
      (a!131 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                  a!123
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@10 #x0c) true)
                  #x00
                  (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@10 #x0c) true)
                  #x09
                  (ite (and (= rule@10 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@11 (ite (and (= rule@10 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!18
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@10 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x00))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@10 #x12) (= shmem.i_pages@10 #x01))
                 (bvadd (ite (= shmem.i_pages@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!46
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!46
                    a!54)))
      (a!60 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!56
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!56
                    a!63)))
      (a!69 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!65
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!65
                    a!72)))
      (a!78 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!74
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                    a!74
                    a!81)))
      (a!87 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!83
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 a!83
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                      |folio.data[F0]@10|
                      a!91)))
      (a!98 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 a!94
                 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@10 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!103
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!103
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |page.mapping(shmem)[F0]@10|
                       a!111)))
      (a!117 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!113
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!113
                  (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                       |PG_swapcache[F0]@10|
                       a!121)))
      (a!127 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                  a!123
                  (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                  a!123
                  (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x01))
                       |PG_dirty[F0]@10|
                       a!131)))
      (a!140 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x0c) (= migrate0.newpage@10 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@11|
                (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@10 #x0a) true)
                  #x07
                  (ite (and (= rule@10 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@10 #x0e) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x0f) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@10 #x00) true)
                 #x00
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!56
                    a!60)))
      (a!70 (= |folio.mapping[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!65
                    a!69)))
      (a!79 (= |folio.index[F0]@11|
               (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                    a!74
                    a!78)))
      (a!88 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 a!83
                 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                      |folio.data[F0]@10|
                      a!87)))
      (a!93 (= |folio.data[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@10 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@10|)
                 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |page.mapping(shmem)[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                  |PG_swapcache[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@10 #x0b) (= migrate0.newpage@10 #x00))
                  |PG_dirty[F0]@10|
                  (ite (and (= rule@10 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@10 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@10 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@10 #x08) true)
                  #x08
                  (ite (and (= rule@10 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@10 #x0e) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@10 #x05) true)
                  #x00
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@10 #x05) true)
                  #x01
                  (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@11| (ite (and (= rule@10 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@10 #x06) true)
                  #x05
                  (ite (and (= rule@10 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@10 #x0d) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x01))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@10 #x04) true)
                  #x05
                  (ite (and (= rule@10 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@10 #x09) (= migrate0.newpage@10 #x00))
                 (bvadd (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x09) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x01))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@10 #x02) true)
                  #x02
                  (ite (and (= rule@10 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@10 #x08) (= migrate0.newpage@10 #x00))
                 (bvsub (ite (= migrate0.newpage@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@11|
               (ite (and (= rule@10 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@10 #x00) true)
                 (bvadd |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| |pte[P0][0]@10|)
       (= |pte.folio[P0][0]@11| |pte.folio[P0][0]@10|)
       (= |pte.write[P0][0]@11| |pte.write[P0][0]@10|)
       (= |expected[P0][0]@11| |expected[P0][0]@10|)
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| |anon_vma.refcount[av0]@10|)
       (= |folio.used[F0]@11| a!23)
       (= |folio.used[F1]@11| a!26)
       (= |folio.refcount[F0]@11| a!36)
       a!45
       (= |folio.mapcount[F0]@11| |folio.mapcount[F0]@10|)
       (= |folio.mapcount[F1]@11| |folio.mapcount[F1]@10|)
       (= |PG_lru[F0]@11| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@11| a!99)
       (= |folio.node[F1]@11| a!102)
       (= |page.mapping(shmem)[F0]@11| a!109)
       (= |page.mapping(shmem)[F1]@11| a!112)
       (= |PG_swapcache[F0]@11| a!119)
       (= |PG_swapcache[F1]@11| a!122)
       (= |PG_dirty[F0]@11| a!129)
       (= |PG_dirty[F1]@11| a!132)
       (= shmem.i_pages@11 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       (= |&mm->mmap_lock.readers[P0]@11| |&mm->mmap_lock.readers[P0]@10|)
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| |&anon_vma->rwsem.readers[av0]@10|)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       a!142
       a!146
       (= migrate0.pc@11 a!155)
       a!157
       (= migrate0.newpage@11 a!159)
       (= migrate0.ok@11 a!161)
       (= migrate0.mapping_is_swapper@11 a!162)
       a!163
       a!166
       (= fault0.page@11 a!168)
       (= fault0.from_swap@11 a!169)
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
      (a!13 (and (= rule@11 #x14)
                 (= fault0.pc@11 #x01)
                 (= (ite (= fault0.page@11 #x00)
                         |PG_locked[F0]@11|
                         |PG_locked[F1]@11|)
                    #x00)))
      (a!14 (not (= (ite (= fault0.page@11 #x00)
                         |PG_swapcache[F0]@11|
                         |PG_swapcache[F1]@11|)
                    #x00)))
      (a!15 (not (= (ite (= fault0.page@11 #x00)
                         |page.mapping(shmem)[F0]@11|
                         |page.mapping(shmem)[F1]@11|)
                    #x00)))
      (a!18 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!19 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!27 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F0]@11|))
      (a!37 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!46 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_lru[F0]@11|
                      |PG_lru[F1]@11|)))
      (a!47 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 #x01))
      (a!48 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!56 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!57 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!65 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!66 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= fault0.page@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!74 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!75 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!83 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!84 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!94 (ite (= (ite (= migrate0.newpage@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.newpage@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!95 (ite (= (ite (= fault0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= fault0.page@11 #x00)
                      |folio.node[F0]@11|
                      |folio.node[F1]@11|)))
      (a!103 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!104 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |page.mapping(shmem)[F0]@11|
                       |page.mapping(shmem)[F1]@11|)))
      (a!113 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!114 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_swapcache[F0]@11|
                       |PG_swapcache[F1]@11|)))
      (a!123 (ite (= (ite (= migrate0.newpage@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.newpage@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!124 (ite (= (ite (= fault0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= fault0.page@11 #x00)
                       |PG_dirty[F0]@11|
                       |PG_dirty[F1]@11|)))
      (a!133 (ite (not (not (= migrate0.mapping_is_swapper@11 #x00)))
                  migrate0.newpage@11
                  shmem.i_pages@11))
      (a!135 (ite (and (= rule@11 #x09) true)
                  (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                       migrate0.newpage@11
                       swapper_space.i_pages@11)
                  swapper_space.i_pages@11))
      (a!137 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       #x00
                       |PG_locked[F0]@11|)))
      (a!143 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!147 (ite (and (= rule@11 #x10) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x09 migrate0.pc@11)))
      (a!156 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x0f) true) #x00 migrate0.isolated@11)))
      (a!158 (ite (and (= rule@11 #x0d) true)
                  #x02
                  (ite (and (= rule@11 #x0e) true) #x02 migrate0.newpage@11)))
      (a!160 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x11) true) #x00 migrate0.ok@11)))
      (a!162 (ite (and (= rule@11 #x04) true)
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x06) true)
                       #x00
                       migrate0.mapping_is_swapper@11)))
      (a!163 (= migrate0.pass@12
                (ite (and (= rule@11 #x10) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!164 (ite (and (= rule@11 #x15) true)
                  #x03
                  (ite (and (= rule@11 #x16) true) #x00 fault0.pc@11)))
      (a!167 (ite (and (= rule@11 #x15) true)
                  #x02
                  (ite (and (= rule@11 #x16) true) #x02 fault0.page@11)))
      (a!169 (ite (and (= rule@11 #x12) true)
                  #x00
                  (ite (and (= rule@11 #x13) true) #x01 fault0.from_swap@11))))
(let ((a!4 (and (= rule@11 #x03)
                (= migrate0.pc@11 #x02)
                a!2
                (= (ite (= a!3 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                   #x00)))
      (a!10 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!9)))
      (a!16 (ite (not (= fault0.from_swap@11 #x00))
                 (and (= swapper_space.i_pages@11 fault0.page@11) a!14)
                 (and (= shmem.i_pages@11 fault0.page@11) a!15)))
      (a!20 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!19
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!19
                      |folio.used[F0]@11|)))
      (a!24 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!19
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!19
                      |folio.used[F1]@11|)))
      (a!28 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!27))
      (a!38 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 (bvsub (ite (= fault0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!37))
      (a!49 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!48
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!48
                      |PG_lru[F0]@11|)))
      (a!53 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!48
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!48
                      |PG_lru[F1]@11|)))
      (a!58 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!57
                      |PG_anon_exclusive[F0]@11|)))
      (a!62 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!57
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!57
                      |PG_anon_exclusive[F1]@11|)))
      (a!67 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!66
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!66
                      |folio.mapping[F0]@11|)))
      (a!71 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!66
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!66
                      |folio.mapping[F1]@11|)))
      (a!76 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!75
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!75
                      |folio.index[F0]@11|)))
      (a!80 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!75
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!75
                      |folio.index[F1]@11|)))
      (a!85 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!84
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!84
                      |folio.data[F0]@11|)))
      (a!90 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                 a!84
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                      a!84
                      |folio.data[F1]@11|)))
      (a!96 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                 a!95
                 (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                      a!95
                      |folio.node[F0]@11|)))
      (a!100 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!95
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!95
                       |folio.node[F1]@11|)))
      (a!105 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!104
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!104
                       |page.mapping(shmem)[F0]@11|)))
      (a!110 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!104
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!104
                       |page.mapping(shmem)[F1]@11|)))
      (a!115 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!114
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!114
                       |PG_swapcache[F0]@11|)))
      (a!120 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!114
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!114
                       |PG_swapcache[F1]@11|)))
      (a!125 (ite (and (= rule@11 #x15) (= fault0.page@11 #x00))
                  a!124
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x00))
                       a!124
                       |PG_dirty[F0]@11|)))
      (a!130 (ite (and (= rule@11 #x15) (= fault0.page@11 #x01))
                  a!124
                  (ite (and (= rule@11 #x16) (= fault0.page@11 #x01))
                       a!124
                       |PG_dirty[F1]@11|)))
      (a!134 (ite (and (= rule@11 #x05) true)
                  #x02
                  (ite (and (= rule@11 #x09) true) a!133 shmem.i_pages@11)))
      (a!136 (= swapper_space.i_pages@12
                (ite (and (= rule@11 #x05) true) #x00 a!135)))
      (a!138 (ite (and (= rule@11 #x0d) true)
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x00))
                       #x02
                       a!137)))
      (a!144 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x14) (= fault0.page@11 #x01))
                       #x02
                       a!143)))
      (a!148 (ite (and (= rule@11 #x0e) true)
                  #x0a
                  (ite (and (= rule@11 #x0f) true) #x0a a!147)))
      (a!157 (= migrate0.isolated@12
                (ite (and (= rule@11 #x00) true) #x01 a!156)))
      (a!159 (ite (and (= rule@11 #x03) true)
                  a!3
                  (ite (and (= rule@11 #x08) true) #x02 a!158)))
      (a!161 (ite (and (= rule@11 #x07) true)
                  #x00
                  (ite (and (= rule@11 #x0a) true) #x00 a!160)))
      (a!165 (ite (and (= rule@11 #x13) true)
                  #x01
                  (ite (and (= rule@11 #x14) true) #x02 a!164)))
      (a!168 (ite (and (= rule@11 #x12) true)
                  shmem.i_pages@11
                  (ite (and (= rule@11 #x13) true)
                       swapper_space.i_pages@11
                       a!167))))
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
                     (bvuge migrate0.pass@11 #x01))
                (and (= rule@11 #x12)
                     (= fault0.pc@11 #x00)
                     (not (= shmem.i_pages@11 #x02)))
                (and (= rule@11 #x13)
                     (= fault0.pc@11 #x00)
                     (= shmem.i_pages@11 #x02)
                     (not (= swapper_space.i_pages@11 #x02)))
                a!13
                (and (= rule@11 #x15) (= fault0.pc@11 #x02) a!16)
                (and (= rule@11 #x16) (= fault0.pc@11 #x02) (not a!16))))
      (a!21 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!20)))
      (a!25 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!18
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!18
                      a!24)))
      (a!29 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x00))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!28))
      (a!39 (ite (and (= rule@11 #x13) (= swapper_space.i_pages@11 #x01))
                 (bvadd (ite (= swapper_space.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!38))
      (a!50 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                      a!49)))
      (a!54 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!46
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!47
                      a!53)))
      (a!59 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!58)))
      (a!63 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!56
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!56
                      a!62)))
      (a!68 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!67)))
      (a!72 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!65
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!65
                      a!71)))
      (a!77 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!76)))
      (a!81 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!74
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!74
                      a!80)))
      (a!86 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.data[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!85)))
      (a!91 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 a!83
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                      a!83
                      a!90)))
      (a!97 (ite (and (= rule@11 #x0e) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x0f) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.node[F0]@11|)
                      a!96)))
      (a!101 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!94
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!94
                       a!100)))
      (a!106 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |page.mapping(shmem)[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |page.mapping(shmem)[F0]@11|)
                       a!105)))
      (a!111 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!103
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!103
                       a!110)))
      (a!116 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |PG_swapcache[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_swapcache[F0]@11|)
                       a!115)))
      (a!121 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!113
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!113
                       a!120)))
      (a!126 (ite (and (= rule@11 #x0e) true)
                  (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_dirty[F0]@11|)
                  (ite (and (= rule@11 #x0f) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |PG_dirty[F0]@11|)
                       a!125)))
      (a!131 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                  a!123
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                       a!123
                       a!130)))
      (a!139 (ite (and (= rule@11 #x0c) true)
                  #x00
                  (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                       #x00
                       a!138)))
      (a!145 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x01))
                       #x00
                       a!144)))
      (a!149 (ite (and (= rule@11 #x0c) true)
                  #x09
                  (ite (and (= rule@11 #x0d) true) #x08 a!148)))
      (a!166 (= fault0.pc@12 (ite (and (= rule@11 #x12) true) #x01 a!165))))
(let ((a!22 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!18
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!18
                      a!21)))
      (a!26 (ite (and (= rule@11 #x03) (= a!3 #x01))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                      a!18
                      a!25)))
      (a!30 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x00))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!29))
      (a!40 (ite (and (= rule@11 #x12) (= shmem.i_pages@11 #x01))
                 (bvadd (ite (= shmem.i_pages@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!39))
      (a!51 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!46
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!47
                      a!50)))
      (a!55 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!46
                    a!54)))
      (a!60 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!56
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!56
                      a!59)))
      (a!64 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!56
                    a!63)))
      (a!69 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!65
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!65
                      a!68)))
      (a!73 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!65
                    a!72)))
      (a!78 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!74
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!74
                      a!77)))
      (a!82 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                    a!74
                    a!81)))
      (a!87 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!83
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!83
                      a!86)))
      (a!92 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 a!83
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                      |folio.data[F0]@11|
                      a!91)))
      (a!98 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 a!94
                 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                      a!94
                      a!97)))
      (a!102 (ite (and (= rule@11 #x03) (= a!3 #x01))
                  (bvsub #x01 |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                       a!94
                       a!101)))
      (a!107 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!103
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!103
                       a!106)))
      (a!112 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!103
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |page.mapping(shmem)[F0]@11|
                       a!111)))
      (a!117 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!113
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!113
                       a!116)))
      (a!122 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!113
                  (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                       |PG_swapcache[F0]@11|
                       a!121)))
      (a!127 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                  a!123
                  (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                       a!123
                       a!126)))
      (a!132 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                  a!123
                  (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x01))
                       |PG_dirty[F0]@11|
                       a!131)))
      (a!140 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x0c) (= migrate0.newpage@11 #x00))
                       #x00
                       a!139)))
      (a!146 (= |PG_locked[F1]@12|
                (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!145)))
      (a!150 (ite (and (= rule@11 #x0a) true)
                  #x07
                  (ite (and (= rule@11 #x0b) true) #x07 a!149))))
(let ((a!23 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 #x01
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!18
                      a!22)))
      (a!31 (ite (and (= rule@11 #x0e) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x0f) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!30)))
      (a!41 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!40))
      (a!52 (ite (and (= rule@11 #x00) true)
                 #x00
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!46
                      a!51)))
      (a!61 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!56
                    a!60)))
      (a!70 (= |folio.mapping[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!65
                    a!69)))
      (a!79 (= |folio.index[F0]@12|
               (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                    a!74
                    a!78)))
      (a!88 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 a!83
                 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                      |folio.data[F0]@11|
                      a!87)))
      (a!93 (= |folio.data[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x00 a!92)))
      (a!99 (ite (and (= rule@11 #x03) (= a!3 #x00))
                 (bvsub #x01 |folio.node[F0]@11|)
                 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                      a!94
                      a!98)))
      (a!108 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |page.mapping(shmem)[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!107)))
      (a!118 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                  |PG_swapcache[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!117)))
      (a!128 (ite (and (= rule@11 #x0b) (= migrate0.newpage@11 #x00))
                  |PG_dirty[F0]@11|
                  (ite (and (= rule@11 #x0b) true) #x00 a!127)))
      (a!141 (ite (and (= rule@11 #x03) (= a!3 #x00))
                  #x01
                  (ite (and (= rule@11 #x05) true) #x00 a!140)))
      (a!151 (ite (and (= rule@11 #x08) true)
                  #x08
                  (ite (and (= rule@11 #x09) true) #x06 a!150))))
(let ((a!32 (ite (and (= rule@11 #x0e) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!31))
      (a!42 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!41))
      (a!89 (= |folio.data[F0]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x00)) #x00 a!88)))
      (a!109 (ite (and (= rule@11 #x05) true)
                  #x00
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!103
                       a!108)))
      (a!119 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!113
                       a!118)))
      (a!129 (ite (and (= rule@11 #x05) true)
                  #x01
                  (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                       a!123
                       a!128)))
      (a!142 (= |PG_locked[F0]@12| (ite (and (= rule@11 #x02) true) #x01 a!141)))
      (a!152 (ite (and (= rule@11 #x06) true)
                  #x05
                  (ite (and (= rule@11 #x07) true) #x07 a!151))))
(let ((a!33 (ite (and (= rule@11 #x0d) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!32))
      (a!43 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x01))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!42))
      (a!153 (ite (and (= rule@11 #x04) true)
                  #x05
                  (ite (and (= rule@11 #x05) true) #x04 a!152))))
(let ((a!34 (ite (and (= rule@11 #x09) (= migrate0.newpage@11 #x00))
                 (bvadd (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x09) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!33)))
      (a!44 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x01))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!43))
      (a!154 (ite (and (= rule@11 #x02) true)
                  #x02
                  (ite (and (= rule@11 #x03) true) #x03 a!153))))
(let ((a!35 (ite (and (= rule@11 #x08) (= migrate0.newpage@11 #x00))
                 (bvsub (ite (= migrate0.newpage@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!34))
      (a!45 (= |folio.refcount[F1]@12|
               (ite (and (= rule@11 #x03) (= a!3 #x01)) #x01 a!44)))
      (a!155 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x0a a!154))))
(let ((a!36 (ite (and (= rule@11 #x00) true)
                 (bvadd |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!3 #x00)) #x01 a!35))))
  (and a!17
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| |pte[P0][0]@11|)
       (= |pte.folio[P0][0]@12| |pte.folio[P0][0]@11|)
       (= |pte.write[P0][0]@12| |pte.write[P0][0]@11|)
       (= |expected[P0][0]@12| |expected[P0][0]@11|)
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| |anon_vma.refcount[av0]@11|)
       (= |folio.used[F0]@12| a!23)
       (= |folio.used[F1]@12| a!26)
       (= |folio.refcount[F0]@12| a!36)
       a!45
       (= |folio.mapcount[F0]@12| |folio.mapcount[F0]@11|)
       (= |folio.mapcount[F1]@12| |folio.mapcount[F1]@11|)
       (= |PG_lru[F0]@12| a!52)
       a!55
       a!61
       a!64
       a!70
       a!73
       a!79
       a!82
       a!89
       a!93
       (= |folio.node[F0]@12| a!99)
       (= |folio.node[F1]@12| a!102)
       (= |page.mapping(shmem)[F0]@12| a!109)
       (= |page.mapping(shmem)[F1]@12| a!112)
       (= |PG_swapcache[F0]@12| a!119)
       (= |PG_swapcache[F1]@12| a!122)
       (= |PG_dirty[F0]@12| a!129)
       (= |PG_dirty[F1]@12| a!132)
       (= shmem.i_pages@12 a!134)
       a!136
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       (= |&mm->mmap_lock.readers[P0]@12| |&mm->mmap_lock.readers[P0]@11|)
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| |&anon_vma->rwsem.readers[av0]@11|)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       a!142
       a!146
       (= migrate0.pc@12 a!155)
       a!157
       (= migrate0.newpage@12 a!159)
       (= migrate0.ok@12 a!161)
       (= migrate0.mapping_is_swapper@12 a!162)
       a!163
       a!166
       (= fault0.page@12 a!168)
       (= fault0.from_swap@12 a!169)
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
      (a!6 (bvadd migrate0.isolated@0
                  (ite (= migrate0.newpage@0 #x00) #x01 #x00)
                  (ite (= fault0.page@0 #x00) #x01 #x00)))
      (a!7 (bvadd (ite (= shmem.i_pages@0 #x00) #x01 #x00)
                  (ite (= swapper_space.i_pages@0 #x00) #x01 #x00)))
      (a!8 (= |folio.mapcount[F0]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                   #x01
                   #x00)))
      (a!9 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x00))))
      (a!11 (bvadd (ite (= migrate0.newpage@0 #x01) #x01 #x00)
                   (ite (= fault0.page@0 #x01) #x01 #x00)))
      (a!12 (bvadd (ite (= shmem.i_pages@0 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@0 #x01) #x01 #x00)))
      (a!13 (= |folio.mapcount[F1]@0|
               (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                    #x01
                    #x00)))
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
                 (not (= |PG_dirty[F0]@0| #x00))))
      (a!33 (and (= migrate0.pc@0 #x03)
                 (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))
                 (not (not (= |PG_swapcache[F0]@0| #x00)))
                 (not (not (= |PG_dirty[F0]@0| #x00)))))
      (a!34 (not (or (not (= |PG_swapcache[F0]@0| #x00))
                     (not (= |page.mapping(shmem)[F0]@0| #x00)))))
      (a!35 (= (ite (not (= migrate0.mapping_is_swapper@0 #x00))
                    swapper_space.i_pages@0
                    shmem.i_pages@0)
               #x00))
      (a!37 (and (= fault0.pc@0 #x01)
                 (= (ite (= fault0.page@0 #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!40 (or (not (not (= |pte[P0][0]@1| #x00)))
                (= (ite (= |pte.folio[P0][0]@1| #x00)
                        |folio.data[F0]@1|
                        |folio.data[F1]@1|)
                   |expected[P0][0]@1|)))
      (a!41 (not (= (ite (= fault0.page@1 #x00)
                         |PG_swapcache[F0]@1|
                         |PG_swapcache[F1]@1|)
                    #x00)))
      (a!42 (not (= (ite (= fault0.page@1 #x00)
                         |page.mapping(shmem)[F0]@1|
                         |page.mapping(shmem)[F1]@1|)
                    #x00)))
      (a!44 (not (= (ite (= fault0.page@1 #x00)
                         |folio.data[F0]@1|
                         |folio.data[F1]@1|)
                    #x01)))
      (a!45 (bvadd migrate0.isolated@1
                   (ite (= migrate0.newpage@1 #x00) #x01 #x00)
                   (ite (= fault0.page@1 #x00) #x01 #x00)))
      (a!46 (bvadd (ite (= shmem.i_pages@1 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x00) #x01 #x00)))
      (a!47 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!48 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!50 (bvadd (ite (= migrate0.newpage@1 #x01) #x01 #x00)
                   (ite (= fault0.page@1 #x01) #x01 #x00)))
      (a!51 (bvadd (ite (= shmem.i_pages@1 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@1 #x01) #x01 #x00)))
      (a!52 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!53 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!55 (not (= (ite (= migrate0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!57 (and (= migrate0.pc@1 #x07) (not (not (= migrate0.ok@1 #x00)))))
      (a!59 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!61 (and (= migrate0.pc@1 #x09) (not (not (= migrate0.ok@1 #x00)))))
      (a!62 (not (= (ite (= fault0.page@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!66 (not (and (not (= |folio.used[F0]@1| #x00))
                      (not (= |PG_lru[F0]@1| #x00)))))
      (a!67 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!68 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!70 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (= |PG_swapcache[F0]@1| #x00))))
      (a!71 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (= |PG_dirty[F0]@1| #x00))))
      (a!72 (and (= migrate0.pc@1 #x03)
                 (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))
                 (not (not (= |PG_swapcache[F0]@1| #x00)))
                 (not (not (= |PG_dirty[F0]@1| #x00)))))
      (a!73 (not (or (not (= |PG_swapcache[F0]@1| #x00))
                     (not (= |page.mapping(shmem)[F0]@1| #x00)))))
      (a!74 (= (ite (not (= migrate0.mapping_is_swapper@1 #x00))
                    swapper_space.i_pages@1
                    shmem.i_pages@1)
               #x00))
      (a!76 (and (= fault0.pc@1 #x01)
                 (= (ite (= fault0.page@1 #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!79 (or (not (not (= |pte[P0][0]@2| #x00)))
                (= (ite (= |pte.folio[P0][0]@2| #x00)
                        |folio.data[F0]@2|
                        |folio.data[F1]@2|)
                   |expected[P0][0]@2|)))
      (a!80 (not (= (ite (= fault0.page@2 #x00)
                         |PG_swapcache[F0]@2|
                         |PG_swapcache[F1]@2|)
                    #x00)))
      (a!81 (not (= (ite (= fault0.page@2 #x00)
                         |page.mapping(shmem)[F0]@2|
                         |page.mapping(shmem)[F1]@2|)
                    #x00)))
      (a!83 (not (= (ite (= fault0.page@2 #x00)
                         |folio.data[F0]@2|
                         |folio.data[F1]@2|)
                    #x01)))
      (a!84 (bvadd migrate0.isolated@2
                   (ite (= migrate0.newpage@2 #x00) #x01 #x00)
                   (ite (= fault0.page@2 #x00) #x01 #x00)))
      (a!85 (bvadd (ite (= shmem.i_pages@2 #x00) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x00) #x01 #x00)))
      (a!86 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!87 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!89 (bvadd (ite (= migrate0.newpage@2 #x01) #x01 #x00)
                   (ite (= fault0.page@2 #x01) #x01 #x00)))
      (a!90 (bvadd (ite (= shmem.i_pages@2 #x01) #x01 #x00)
                   (ite (= swapper_space.i_pages@2 #x01) #x01 #x00)))
      (a!91 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!92 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!94 (not (= (ite (= migrate0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!96 (and (= migrate0.pc@2 #x07) (not (not (= migrate0.ok@2 #x00)))))
      (a!98 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                      (not (= |folio.used[F0]@2| #x00)))))
      (a!100 (and (= migrate0.pc@2 #x09) (not (not (= migrate0.ok@2 #x00)))))
      (a!101 (not (= (ite (= fault0.page@2 #x00)
                          |folio.used[F0]@2|
                          |folio.used[F1]@2|)
                     #x00)))
      (a!105 (not (and (not (= |folio.used[F0]@2| #x00))
                       (not (= |PG_lru[F0]@2| #x00)))))
      (a!106 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (not (not (= |folio.used[F1]@2| #x00)))))
      (a!107 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!109 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (= |PG_swapcache[F0]@2| #x00))))
      (a!110 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (= |PG_dirty[F0]@2| #x00))))
      (a!111 (and (= migrate0.pc@2 #x03)
                  (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))
                  (not (not (= |PG_swapcache[F0]@2| #x00)))
                  (not (not (= |PG_dirty[F0]@2| #x00)))))
      (a!112 (not (or (not (= |PG_swapcache[F0]@2| #x00))
                      (not (= |page.mapping(shmem)[F0]@2| #x00)))))
      (a!113 (= (ite (not (= migrate0.mapping_is_swapper@2 #x00))
                     swapper_space.i_pages@2
                     shmem.i_pages@2)
                #x00))
      (a!115 (and (= fault0.pc@2 #x01)
                  (= (ite (= fault0.page@2 #x00)
                          |PG_locked[F0]@2|
                          |PG_locked[F1]@2|)
                     #x00)))
      (a!118 (or (not (not (= |pte[P0][0]@3| #x00)))
                 (= (ite (= |pte.folio[P0][0]@3| #x00)
                         |folio.data[F0]@3|
                         |folio.data[F1]@3|)
                    |expected[P0][0]@3|)))
      (a!119 (not (= (ite (= fault0.page@3 #x00)
                          |PG_swapcache[F0]@3|
                          |PG_swapcache[F1]@3|)
                     #x00)))
      (a!120 (not (= (ite (= fault0.page@3 #x00)
                          |page.mapping(shmem)[F0]@3|
                          |page.mapping(shmem)[F1]@3|)
                     #x00)))
      (a!122 (not (= (ite (= fault0.page@3 #x00)
                          |folio.data[F0]@3|
                          |folio.data[F1]@3|)
                     #x01)))
      (a!123 (bvadd migrate0.isolated@3
                    (ite (= migrate0.newpage@3 #x00) #x01 #x00)
                    (ite (= fault0.page@3 #x00) #x01 #x00)))
      (a!124 (bvadd (ite (= shmem.i_pages@3 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x00) #x01 #x00)))
      (a!125 (= |folio.mapcount[F0]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                     #x01
                     #x00)))
      (a!126 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x00))))
      (a!128 (bvadd (ite (= migrate0.newpage@3 #x01) #x01 #x00)
                    (ite (= fault0.page@3 #x01) #x01 #x00)))
      (a!129 (bvadd (ite (= shmem.i_pages@3 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@3 #x01) #x01 #x00)))
      (a!130 (= |folio.mapcount[F1]@3|
                (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                     #x01
                     #x00)))
      (a!131 (not (and (not (= |pte[P0][0]@3| #x00))
                       (= |pte.folio[P0][0]@3| #x01))))
      (a!133 (not (= (ite (= migrate0.newpage@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!135 (and (= migrate0.pc@3 #x07) (not (not (= migrate0.ok@3 #x00)))))
      (a!137 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                       (not (= |folio.used[F0]@3| #x00)))))
      (a!139 (and (= migrate0.pc@3 #x09) (not (not (= migrate0.ok@3 #x00)))))
      (a!140 (not (= (ite (= fault0.page@3 #x00)
                          |folio.used[F0]@3|
                          |folio.used[F1]@3|)
                     #x00)))
      (a!144 (not (and (not (= |folio.used[F0]@3| #x00))
                       (not (= |PG_lru[F0]@3| #x00)))))
      (a!145 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!146 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!148 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (= |PG_swapcache[F0]@3| #x00))))
      (a!149 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (= |PG_dirty[F0]@3| #x00))))
      (a!150 (and (= migrate0.pc@3 #x03)
                  (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))
                  (not (not (= |PG_swapcache[F0]@3| #x00)))
                  (not (not (= |PG_dirty[F0]@3| #x00)))))
      (a!151 (not (or (not (= |PG_swapcache[F0]@3| #x00))
                      (not (= |page.mapping(shmem)[F0]@3| #x00)))))
      (a!152 (= (ite (not (= migrate0.mapping_is_swapper@3 #x00))
                     swapper_space.i_pages@3
                     shmem.i_pages@3)
                #x00))
      (a!154 (and (= fault0.pc@3 #x01)
                  (= (ite (= fault0.page@3 #x00)
                          |PG_locked[F0]@3|
                          |PG_locked[F1]@3|)
                     #x00)))
      (a!157 (or (not (not (= |pte[P0][0]@4| #x00)))
                 (= (ite (= |pte.folio[P0][0]@4| #x00)
                         |folio.data[F0]@4|
                         |folio.data[F1]@4|)
                    |expected[P0][0]@4|)))
      (a!158 (not (= (ite (= fault0.page@4 #x00)
                          |PG_swapcache[F0]@4|
                          |PG_swapcache[F1]@4|)
                     #x00)))
      (a!159 (not (= (ite (= fault0.page@4 #x00)
                          |page.mapping(shmem)[F0]@4|
                          |page.mapping(shmem)[F1]@4|)
                     #x00)))
      (a!161 (not (= (ite (= fault0.page@4 #x00)
                          |folio.data[F0]@4|
                          |folio.data[F1]@4|)
                     #x01)))
      (a!162 (bvadd migrate0.isolated@4
                    (ite (= migrate0.newpage@4 #x00) #x01 #x00)
                    (ite (= fault0.page@4 #x00) #x01 #x00)))
      (a!163 (bvadd (ite (= shmem.i_pages@4 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x00) #x01 #x00)))
      (a!164 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!165 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!167 (bvadd (ite (= migrate0.newpage@4 #x01) #x01 #x00)
                    (ite (= fault0.page@4 #x01) #x01 #x00)))
      (a!168 (bvadd (ite (= shmem.i_pages@4 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@4 #x01) #x01 #x00)))
      (a!169 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!170 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!172 (not (= (ite (= migrate0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!174 (and (= migrate0.pc@4 #x07) (not (not (= migrate0.ok@4 #x00)))))
      (a!176 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!178 (and (= migrate0.pc@4 #x09) (not (not (= migrate0.ok@4 #x00)))))
      (a!179 (not (= (ite (= fault0.page@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!183 (not (and (not (= |folio.used[F0]@4| #x00))
                       (not (= |PG_lru[F0]@4| #x00)))))
      (a!184 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!185 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!187 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (= |PG_swapcache[F0]@4| #x00))))
      (a!188 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (= |PG_dirty[F0]@4| #x00))))
      (a!189 (and (= migrate0.pc@4 #x03)
                  (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))
                  (not (not (= |PG_swapcache[F0]@4| #x00)))
                  (not (not (= |PG_dirty[F0]@4| #x00)))))
      (a!190 (not (or (not (= |PG_swapcache[F0]@4| #x00))
                      (not (= |page.mapping(shmem)[F0]@4| #x00)))))
      (a!191 (= (ite (not (= migrate0.mapping_is_swapper@4 #x00))
                     swapper_space.i_pages@4
                     shmem.i_pages@4)
                #x00))
      (a!193 (and (= fault0.pc@4 #x01)
                  (= (ite (= fault0.page@4 #x00)
                          |PG_locked[F0]@4|
                          |PG_locked[F1]@4|)
                     #x00)))
      (a!196 (or (not (not (= |pte[P0][0]@5| #x00)))
                 (= (ite (= |pte.folio[P0][0]@5| #x00)
                         |folio.data[F0]@5|
                         |folio.data[F1]@5|)
                    |expected[P0][0]@5|)))
      (a!197 (not (= (ite (= fault0.page@5 #x00)
                          |PG_swapcache[F0]@5|
                          |PG_swapcache[F1]@5|)
                     #x00)))
      (a!198 (not (= (ite (= fault0.page@5 #x00)
                          |page.mapping(shmem)[F0]@5|
                          |page.mapping(shmem)[F1]@5|)
                     #x00)))
      (a!200 (not (= (ite (= fault0.page@5 #x00)
                          |folio.data[F0]@5|
                          |folio.data[F1]@5|)
                     #x01)))
      (a!201 (bvadd migrate0.isolated@5
                    (ite (= migrate0.newpage@5 #x00) #x01 #x00)
                    (ite (= fault0.page@5 #x00) #x01 #x00)))
      (a!202 (bvadd (ite (= shmem.i_pages@5 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x00) #x01 #x00)))
      (a!203 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!204 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!206 (bvadd (ite (= migrate0.newpage@5 #x01) #x01 #x00)
                    (ite (= fault0.page@5 #x01) #x01 #x00)))
      (a!207 (bvadd (ite (= shmem.i_pages@5 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@5 #x01) #x01 #x00)))
      (a!208 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!209 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!211 (not (= (ite (= migrate0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!213 (and (= migrate0.pc@5 #x07) (not (not (= migrate0.ok@5 #x00)))))
      (a!215 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!217 (and (= migrate0.pc@5 #x09) (not (not (= migrate0.ok@5 #x00)))))
      (a!218 (not (= (ite (= fault0.page@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!222 (not (and (not (= |folio.used[F0]@5| #x00))
                       (not (= |PG_lru[F0]@5| #x00)))))
      (a!223 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!224 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!226 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (= |PG_swapcache[F0]@5| #x00))))
      (a!227 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (= |PG_dirty[F0]@5| #x00))))
      (a!228 (and (= migrate0.pc@5 #x03)
                  (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))
                  (not (not (= |PG_swapcache[F0]@5| #x00)))
                  (not (not (= |PG_dirty[F0]@5| #x00)))))
      (a!229 (not (or (not (= |PG_swapcache[F0]@5| #x00))
                      (not (= |page.mapping(shmem)[F0]@5| #x00)))))
      (a!230 (= (ite (not (= migrate0.mapping_is_swapper@5 #x00))
                     swapper_space.i_pages@5
                     shmem.i_pages@5)
                #x00))
      (a!232 (and (= fault0.pc@5 #x01)
                  (= (ite (= fault0.page@5 #x00)
                          |PG_locked[F0]@5|
                          |PG_locked[F1]@5|)
                     #x00)))
      (a!235 (or (not (not (= |pte[P0][0]@6| #x00)))
                 (= (ite (= |pte.folio[P0][0]@6| #x00)
                         |folio.data[F0]@6|
                         |folio.data[F1]@6|)
                    |expected[P0][0]@6|)))
      (a!236 (not (= (ite (= fault0.page@6 #x00)
                          |PG_swapcache[F0]@6|
                          |PG_swapcache[F1]@6|)
                     #x00)))
      (a!237 (not (= (ite (= fault0.page@6 #x00)
                          |page.mapping(shmem)[F0]@6|
                          |page.mapping(shmem)[F1]@6|)
                     #x00)))
      (a!239 (not (= (ite (= fault0.page@6 #x00)
                          |folio.data[F0]@6|
                          |folio.data[F1]@6|)
                     #x01)))
      (a!240 (bvadd migrate0.isolated@6
                    (ite (= migrate0.newpage@6 #x00) #x01 #x00)
                    (ite (= fault0.page@6 #x00) #x01 #x00)))
      (a!241 (bvadd (ite (= shmem.i_pages@6 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x00) #x01 #x00)))
      (a!242 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!243 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!245 (bvadd (ite (= migrate0.newpage@6 #x01) #x01 #x00)
                    (ite (= fault0.page@6 #x01) #x01 #x00)))
      (a!246 (bvadd (ite (= shmem.i_pages@6 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@6 #x01) #x01 #x00)))
      (a!247 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!248 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!250 (not (= (ite (= migrate0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!252 (and (= migrate0.pc@6 #x07) (not (not (= migrate0.ok@6 #x00)))))
      (a!254 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!256 (and (= migrate0.pc@6 #x09) (not (not (= migrate0.ok@6 #x00)))))
      (a!257 (not (= (ite (= fault0.page@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!261 (not (and (not (= |folio.used[F0]@6| #x00))
                       (not (= |PG_lru[F0]@6| #x00)))))
      (a!262 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!263 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!265 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (= |PG_swapcache[F0]@6| #x00))))
      (a!266 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (= |PG_dirty[F0]@6| #x00))))
      (a!267 (and (= migrate0.pc@6 #x03)
                  (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))
                  (not (not (= |PG_swapcache[F0]@6| #x00)))
                  (not (not (= |PG_dirty[F0]@6| #x00)))))
      (a!268 (not (or (not (= |PG_swapcache[F0]@6| #x00))
                      (not (= |page.mapping(shmem)[F0]@6| #x00)))))
      (a!269 (= (ite (not (= migrate0.mapping_is_swapper@6 #x00))
                     swapper_space.i_pages@6
                     shmem.i_pages@6)
                #x00))
      (a!271 (and (= fault0.pc@6 #x01)
                  (= (ite (= fault0.page@6 #x00)
                          |PG_locked[F0]@6|
                          |PG_locked[F1]@6|)
                     #x00)))
      (a!274 (or (not (not (= |pte[P0][0]@7| #x00)))
                 (= (ite (= |pte.folio[P0][0]@7| #x00)
                         |folio.data[F0]@7|
                         |folio.data[F1]@7|)
                    |expected[P0][0]@7|)))
      (a!275 (not (= (ite (= fault0.page@7 #x00)
                          |PG_swapcache[F0]@7|
                          |PG_swapcache[F1]@7|)
                     #x00)))
      (a!276 (not (= (ite (= fault0.page@7 #x00)
                          |page.mapping(shmem)[F0]@7|
                          |page.mapping(shmem)[F1]@7|)
                     #x00)))
      (a!278 (not (= (ite (= fault0.page@7 #x00)
                          |folio.data[F0]@7|
                          |folio.data[F1]@7|)
                     #x01)))
      (a!279 (bvadd migrate0.isolated@7
                    (ite (= migrate0.newpage@7 #x00) #x01 #x00)
                    (ite (= fault0.page@7 #x00) #x01 #x00)))
      (a!280 (bvadd (ite (= shmem.i_pages@7 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x00) #x01 #x00)))
      (a!281 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!282 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!284 (bvadd (ite (= migrate0.newpage@7 #x01) #x01 #x00)
                    (ite (= fault0.page@7 #x01) #x01 #x00)))
      (a!285 (bvadd (ite (= shmem.i_pages@7 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@7 #x01) #x01 #x00)))
      (a!286 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!287 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!289 (not (= (ite (= migrate0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!291 (and (= migrate0.pc@7 #x07) (not (not (= migrate0.ok@7 #x00)))))
      (a!293 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!295 (and (= migrate0.pc@7 #x09) (not (not (= migrate0.ok@7 #x00)))))
      (a!296 (not (= (ite (= fault0.page@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!300 (not (and (not (= |folio.used[F0]@7| #x00))
                       (not (= |PG_lru[F0]@7| #x00)))))
      (a!301 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!302 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!304 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (= |PG_swapcache[F0]@7| #x00))))
      (a!305 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (= |PG_dirty[F0]@7| #x00))))
      (a!306 (and (= migrate0.pc@7 #x03)
                  (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))
                  (not (not (= |PG_swapcache[F0]@7| #x00)))
                  (not (not (= |PG_dirty[F0]@7| #x00)))))
      (a!307 (not (or (not (= |PG_swapcache[F0]@7| #x00))
                      (not (= |page.mapping(shmem)[F0]@7| #x00)))))
      (a!308 (= (ite (not (= migrate0.mapping_is_swapper@7 #x00))
                     swapper_space.i_pages@7
                     shmem.i_pages@7)
                #x00))
      (a!310 (and (= fault0.pc@7 #x01)
                  (= (ite (= fault0.page@7 #x00)
                          |PG_locked[F0]@7|
                          |PG_locked[F1]@7|)
                     #x00)))
      (a!313 (or (not (not (= |pte[P0][0]@8| #x00)))
                 (= (ite (= |pte.folio[P0][0]@8| #x00)
                         |folio.data[F0]@8|
                         |folio.data[F1]@8|)
                    |expected[P0][0]@8|)))
      (a!314 (not (= (ite (= fault0.page@8 #x00)
                          |PG_swapcache[F0]@8|
                          |PG_swapcache[F1]@8|)
                     #x00)))
      (a!315 (not (= (ite (= fault0.page@8 #x00)
                          |page.mapping(shmem)[F0]@8|
                          |page.mapping(shmem)[F1]@8|)
                     #x00)))
      (a!317 (not (= (ite (= fault0.page@8 #x00)
                          |folio.data[F0]@8|
                          |folio.data[F1]@8|)
                     #x01)))
      (a!318 (bvadd migrate0.isolated@8
                    (ite (= migrate0.newpage@8 #x00) #x01 #x00)
                    (ite (= fault0.page@8 #x00) #x01 #x00)))
      (a!319 (bvadd (ite (= shmem.i_pages@8 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x00) #x01 #x00)))
      (a!320 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!321 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!323 (bvadd (ite (= migrate0.newpage@8 #x01) #x01 #x00)
                    (ite (= fault0.page@8 #x01) #x01 #x00)))
      (a!324 (bvadd (ite (= shmem.i_pages@8 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@8 #x01) #x01 #x00)))
      (a!325 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!326 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!328 (not (= (ite (= migrate0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!330 (and (= migrate0.pc@8 #x07) (not (not (= migrate0.ok@8 #x00)))))
      (a!332 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!334 (and (= migrate0.pc@8 #x09) (not (not (= migrate0.ok@8 #x00)))))
      (a!335 (not (= (ite (= fault0.page@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!339 (not (and (not (= |folio.used[F0]@8| #x00))
                       (not (= |PG_lru[F0]@8| #x00)))))
      (a!340 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!341 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!343 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (= |PG_swapcache[F0]@8| #x00))))
      (a!344 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (= |PG_dirty[F0]@8| #x00))))
      (a!345 (and (= migrate0.pc@8 #x03)
                  (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))
                  (not (not (= |PG_swapcache[F0]@8| #x00)))
                  (not (not (= |PG_dirty[F0]@8| #x00)))))
      (a!346 (not (or (not (= |PG_swapcache[F0]@8| #x00))
                      (not (= |page.mapping(shmem)[F0]@8| #x00)))))
      (a!347 (= (ite (not (= migrate0.mapping_is_swapper@8 #x00))
                     swapper_space.i_pages@8
                     shmem.i_pages@8)
                #x00))
      (a!349 (and (= fault0.pc@8 #x01)
                  (= (ite (= fault0.page@8 #x00)
                          |PG_locked[F0]@8|
                          |PG_locked[F1]@8|)
                     #x00)))
      (a!352 (or (not (not (= |pte[P0][0]@9| #x00)))
                 (= (ite (= |pte.folio[P0][0]@9| #x00)
                         |folio.data[F0]@9|
                         |folio.data[F1]@9|)
                    |expected[P0][0]@9|)))
      (a!353 (not (= (ite (= fault0.page@9 #x00)
                          |PG_swapcache[F0]@9|
                          |PG_swapcache[F1]@9|)
                     #x00)))
      (a!354 (not (= (ite (= fault0.page@9 #x00)
                          |page.mapping(shmem)[F0]@9|
                          |page.mapping(shmem)[F1]@9|)
                     #x00)))
      (a!356 (not (= (ite (= fault0.page@9 #x00)
                          |folio.data[F0]@9|
                          |folio.data[F1]@9|)
                     #x01)))
      (a!357 (bvadd migrate0.isolated@9
                    (ite (= migrate0.newpage@9 #x00) #x01 #x00)
                    (ite (= fault0.page@9 #x00) #x01 #x00)))
      (a!358 (bvadd (ite (= shmem.i_pages@9 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x00) #x01 #x00)))
      (a!359 (= |folio.mapcount[F0]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x00))
                     #x01
                     #x00)))
      (a!360 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x00))))
      (a!362 (bvadd (ite (= migrate0.newpage@9 #x01) #x01 #x00)
                    (ite (= fault0.page@9 #x01) #x01 #x00)))
      (a!363 (bvadd (ite (= shmem.i_pages@9 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@9 #x01) #x01 #x00)))
      (a!364 (= |folio.mapcount[F1]@9|
                (ite (and (= |pte[P0][0]@9| #x01) (= |pte.folio[P0][0]@9| #x01))
                     #x01
                     #x00)))
      (a!365 (not (and (not (= |pte[P0][0]@9| #x00))
                       (= |pte.folio[P0][0]@9| #x01))))
      (a!367 (not (= (ite (= migrate0.newpage@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!369 (and (= migrate0.pc@9 #x07) (not (not (= migrate0.ok@9 #x00)))))
      (a!371 (not (and (bvuge |folio.refcount[F0]@9| #x01)
                       (not (= |folio.used[F0]@9| #x00)))))
      (a!373 (and (= migrate0.pc@9 #x09) (not (not (= migrate0.ok@9 #x00)))))
      (a!374 (not (= (ite (= fault0.page@9 #x00)
                          |folio.used[F0]@9|
                          |folio.used[F1]@9|)
                     #x00)))
      (a!378 (not (and (not (= |folio.used[F0]@9| #x00))
                       (not (= |PG_lru[F0]@9| #x00)))))
      (a!379 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (not (not (= |folio.used[F1]@9| #x00)))))
      (a!380 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!382 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (= |PG_swapcache[F0]@9| #x00))))
      (a!383 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (= |PG_dirty[F0]@9| #x00))))
      (a!384 (and (= migrate0.pc@9 #x03)
                  (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))
                  (not (not (= |PG_swapcache[F0]@9| #x00)))
                  (not (not (= |PG_dirty[F0]@9| #x00)))))
      (a!385 (not (or (not (= |PG_swapcache[F0]@9| #x00))
                      (not (= |page.mapping(shmem)[F0]@9| #x00)))))
      (a!386 (= (ite (not (= migrate0.mapping_is_swapper@9 #x00))
                     swapper_space.i_pages@9
                     shmem.i_pages@9)
                #x00))
      (a!388 (and (= fault0.pc@9 #x01)
                  (= (ite (= fault0.page@9 #x00)
                          |PG_locked[F0]@9|
                          |PG_locked[F1]@9|)
                     #x00)))
      (a!391 (or (not (not (= |pte[P0][0]@10| #x00)))
                 (= (ite (= |pte.folio[P0][0]@10| #x00)
                         |folio.data[F0]@10|
                         |folio.data[F1]@10|)
                    |expected[P0][0]@10|)))
      (a!392 (not (= (ite (= fault0.page@10 #x00)
                          |PG_swapcache[F0]@10|
                          |PG_swapcache[F1]@10|)
                     #x00)))
      (a!393 (not (= (ite (= fault0.page@10 #x00)
                          |page.mapping(shmem)[F0]@10|
                          |page.mapping(shmem)[F1]@10|)
                     #x00)))
      (a!395 (not (= (ite (= fault0.page@10 #x00)
                          |folio.data[F0]@10|
                          |folio.data[F1]@10|)
                     #x01)))
      (a!396 (bvadd migrate0.isolated@10
                    (ite (= migrate0.newpage@10 #x00) #x01 #x00)
                    (ite (= fault0.page@10 #x00) #x01 #x00)))
      (a!397 (bvadd (ite (= shmem.i_pages@10 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x00) #x01 #x00)))
      (a!398 (= |folio.mapcount[F0]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x00))
                     #x01
                     #x00)))
      (a!399 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x00))))
      (a!401 (bvadd (ite (= migrate0.newpage@10 #x01) #x01 #x00)
                    (ite (= fault0.page@10 #x01) #x01 #x00)))
      (a!402 (bvadd (ite (= shmem.i_pages@10 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@10 #x01) #x01 #x00)))
      (a!403 (= |folio.mapcount[F1]@10|
                (ite (and (= |pte[P0][0]@10| #x01)
                          (= |pte.folio[P0][0]@10| #x01))
                     #x01
                     #x00)))
      (a!404 (not (and (not (= |pte[P0][0]@10| #x00))
                       (= |pte.folio[P0][0]@10| #x01))))
      (a!406 (not (= (ite (= migrate0.newpage@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!408 (and (= migrate0.pc@10 #x07) (not (not (= migrate0.ok@10 #x00)))))
      (a!410 (not (and (bvuge |folio.refcount[F0]@10| #x01)
                       (not (= |folio.used[F0]@10| #x00)))))
      (a!412 (and (= migrate0.pc@10 #x09) (not (not (= migrate0.ok@10 #x00)))))
      (a!413 (not (= (ite (= fault0.page@10 #x00)
                          |folio.used[F0]@10|
                          |folio.used[F1]@10|)
                     #x00)))
      (a!417 (not (and (not (= |folio.used[F0]@10| #x00))
                       (not (= |PG_lru[F0]@10| #x00)))))
      (a!418 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (not (not (= |folio.used[F1]@10| #x00)))))
      (a!419 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!421 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (= |PG_swapcache[F0]@10| #x00))))
      (a!422 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (= |PG_dirty[F0]@10| #x00))))
      (a!423 (and (= migrate0.pc@10 #x03)
                  (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))
                  (not (not (= |PG_swapcache[F0]@10| #x00)))
                  (not (not (= |PG_dirty[F0]@10| #x00)))))
      (a!424 (not (or (not (= |PG_swapcache[F0]@10| #x00))
                      (not (= |page.mapping(shmem)[F0]@10| #x00)))))
      (a!425 (= (ite (not (= migrate0.mapping_is_swapper@10 #x00))
                     swapper_space.i_pages@10
                     shmem.i_pages@10)
                #x00))
      (a!427 (and (= fault0.pc@10 #x01)
                  (= (ite (= fault0.page@10 #x00)
                          |PG_locked[F0]@10|
                          |PG_locked[F1]@10|)
                     #x00)))
      (a!430 (or (not (not (= |pte[P0][0]@11| #x00)))
                 (= (ite (= |pte.folio[P0][0]@11| #x00)
                         |folio.data[F0]@11|
                         |folio.data[F1]@11|)
                    |expected[P0][0]@11|)))
      (a!431 (not (= (ite (= fault0.page@11 #x00)
                          |PG_swapcache[F0]@11|
                          |PG_swapcache[F1]@11|)
                     #x00)))
      (a!432 (not (= (ite (= fault0.page@11 #x00)
                          |page.mapping(shmem)[F0]@11|
                          |page.mapping(shmem)[F1]@11|)
                     #x00)))
      (a!434 (not (= (ite (= fault0.page@11 #x00)
                          |folio.data[F0]@11|
                          |folio.data[F1]@11|)
                     #x01)))
      (a!435 (bvadd migrate0.isolated@11
                    (ite (= migrate0.newpage@11 #x00) #x01 #x00)
                    (ite (= fault0.page@11 #x00) #x01 #x00)))
      (a!436 (bvadd (ite (= shmem.i_pages@11 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x00) #x01 #x00)))
      (a!437 (= |folio.mapcount[F0]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x00))
                     #x01
                     #x00)))
      (a!438 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x00))))
      (a!440 (bvadd (ite (= migrate0.newpage@11 #x01) #x01 #x00)
                    (ite (= fault0.page@11 #x01) #x01 #x00)))
      (a!441 (bvadd (ite (= shmem.i_pages@11 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@11 #x01) #x01 #x00)))
      (a!442 (= |folio.mapcount[F1]@11|
                (ite (and (= |pte[P0][0]@11| #x01)
                          (= |pte.folio[P0][0]@11| #x01))
                     #x01
                     #x00)))
      (a!443 (not (and (not (= |pte[P0][0]@11| #x00))
                       (= |pte.folio[P0][0]@11| #x01))))
      (a!445 (not (= (ite (= migrate0.newpage@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!447 (and (= migrate0.pc@11 #x07) (not (not (= migrate0.ok@11 #x00)))))
      (a!449 (not (and (bvuge |folio.refcount[F0]@11| #x01)
                       (not (= |folio.used[F0]@11| #x00)))))
      (a!451 (and (= migrate0.pc@11 #x09) (not (not (= migrate0.ok@11 #x00)))))
      (a!452 (not (= (ite (= fault0.page@11 #x00)
                          |folio.used[F0]@11|
                          |folio.used[F1]@11|)
                     #x00)))
      (a!456 (not (and (not (= |folio.used[F0]@11| #x00))
                       (not (= |PG_lru[F0]@11| #x00)))))
      (a!457 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (not (not (= |folio.used[F1]@11| #x00)))))
      (a!458 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!460 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (= |PG_swapcache[F0]@11| #x00))))
      (a!461 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (= |PG_dirty[F0]@11| #x00))))
      (a!462 (and (= migrate0.pc@11 #x03)
                  (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))
                  (not (not (= |PG_swapcache[F0]@11| #x00)))
                  (not (not (= |PG_dirty[F0]@11| #x00)))))
      (a!463 (not (or (not (= |PG_swapcache[F0]@11| #x00))
                      (not (= |page.mapping(shmem)[F0]@11| #x00)))))
      (a!464 (= (ite (not (= migrate0.mapping_is_swapper@11 #x00))
                     swapper_space.i_pages@11
                     shmem.i_pages@11)
                #x00))
      (a!466 (and (= fault0.pc@11 #x01)
                  (= (ite (= fault0.page@11 #x00)
                          |PG_locked[F0]@11|
                          |PG_locked[F1]@11|)
                     #x00)))
      (a!469 (or (not (not (= |pte[P0][0]@12| #x00)))
                 (= (ite (= |pte.folio[P0][0]@12| #x00)
                         |folio.data[F0]@12|
                         |folio.data[F1]@12|)
                    |expected[P0][0]@12|)))
      (a!470 (not (= (ite (= fault0.page@12 #x00)
                          |PG_swapcache[F0]@12|
                          |PG_swapcache[F1]@12|)
                     #x00)))
      (a!471 (not (= (ite (= fault0.page@12 #x00)
                          |page.mapping(shmem)[F0]@12|
                          |page.mapping(shmem)[F1]@12|)
                     #x00)))
      (a!473 (not (= (ite (= fault0.page@12 #x00)
                          |folio.data[F0]@12|
                          |folio.data[F1]@12|)
                     #x01)))
      (a!474 (bvadd migrate0.isolated@12
                    (ite (= migrate0.newpage@12 #x00) #x01 #x00)
                    (ite (= fault0.page@12 #x00) #x01 #x00)))
      (a!475 (bvadd (ite (= shmem.i_pages@12 #x00) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x00) #x01 #x00)))
      (a!476 (= |folio.mapcount[F0]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x00))
                     #x01
                     #x00)))
      (a!477 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x00))))
      (a!479 (bvadd (ite (= migrate0.newpage@12 #x01) #x01 #x00)
                    (ite (= fault0.page@12 #x01) #x01 #x00)))
      (a!480 (bvadd (ite (= shmem.i_pages@12 #x01) #x01 #x00)
                    (ite (= swapper_space.i_pages@12 #x01) #x01 #x00)))
      (a!481 (= |folio.mapcount[F1]@12|
                (ite (and (= |pte[P0][0]@12| #x01)
                          (= |pte.folio[P0][0]@12| #x01))
                     #x01
                     #x00)))
      (a!482 (not (and (not (= |pte[P0][0]@12| #x00))
                       (= |pte.folio[P0][0]@12| #x01))))
      (a!484 (not (= (ite (= migrate0.newpage@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!486 (and (= migrate0.pc@12 #x07) (not (not (= migrate0.ok@12 #x00)))))
      (a!488 (not (and (bvuge |folio.refcount[F0]@12| #x01)
                       (not (= |folio.used[F0]@12| #x00)))))
      (a!490 (and (= migrate0.pc@12 #x09) (not (not (= migrate0.ok@12 #x00)))))
      (a!491 (not (= (ite (= fault0.page@12 #x00)
                          |folio.used[F0]@12|
                          |folio.used[F1]@12|)
                     #x00)))
      (a!495 (not (and (not (= |folio.used[F0]@12| #x00))
                       (not (= |PG_lru[F0]@12| #x00)))))
      (a!496 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (not (not (= |folio.used[F1]@12| #x00)))))
      (a!497 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!499 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (= |PG_swapcache[F0]@12| #x00))))
      (a!500 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (= |PG_dirty[F0]@12| #x00))))
      (a!501 (and (= migrate0.pc@12 #x03)
                  (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))
                  (not (not (= |PG_swapcache[F0]@12| #x00)))
                  (not (not (= |PG_dirty[F0]@12| #x00)))))
      (a!502 (not (or (not (= |PG_swapcache[F0]@12| #x00))
                      (not (= |page.mapping(shmem)[F0]@12| #x00)))))
      (a!503 (= (ite (not (= migrate0.mapping_is_swapper@12 #x00))
                     swapper_space.i_pages@12
                     shmem.i_pages@12)
                #x00))
      (a!505 (and (= fault0.pc@12 #x01)
                  (= (ite (= fault0.page@12 #x00)
                          |PG_locked[F0]@12|
                          |PG_locked[F1]@12|)
                     #x00))))
(let ((a!4 (ite (not (= fault0.from_swap@0 #x00))
                (and (= swapper_space.i_pages@0 fault0.page@0) a!2)
                (and (= shmem.i_pages@0 fault0.page@0) a!3)))
      (a!10 (ite (not (= |folio.used[F0]@0| #x00))
                 (and (= |folio.refcount[F0]@0|
                         (bvadd |folio.mapcount[F0]@0| a!6 a!7))
                      a!8)
                 (and (= |folio.refcount[F0]@0| #x00)
                      (= |folio.mapcount[F0]@0| #x00)
                      (= a!6 #x00)
                      (= a!7 #x00)
                      a!9)))
      (a!15 (ite (not (= |folio.used[F1]@0| #x00))
                 (and (= |folio.refcount[F1]@0|
                         (bvadd |folio.mapcount[F1]@0| a!11 a!12))
                      a!13)
                 (and (= |folio.refcount[F1]@0| #x00)
                      (= |folio.mapcount[F1]@0| #x00)
                      (= a!11 #x00)
                      (= a!12 #x00)
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
                (and (or (bvugt |folio.mapcount[F0]@0| #x00) (bvugt a!7 #x00))
                     (not (= |PG_lru[F0]@0| #x00))
                     (= |PG_locked[F0]@0| #x00))))
      (a!26 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@0| #x00) (bvugt a!12 #x00))
                     (not (= |PG_lru[F1]@0| #x00))
                     (= |PG_locked[F1]@0| #x00))))
      (a!30 (and (= migrate0.pc@0 #x02)
                 a!28
                 (= (ite (= a!29 #x00) |PG_locked[F0]@0| |PG_locked[F1]@0|)
                    #x00)))
      (a!36 (not (and (not (= |page.mapping(shmem)[F0]@0| #x00))
                      (= |folio.refcount[F0]@0| #x02)
                      a!35)))
      (a!43 (ite (not (= fault0.from_swap@1 #x00))
                 (and (= swapper_space.i_pages@1 fault0.page@1) a!41)
                 (and (= shmem.i_pages@1 fault0.page@1) a!42)))
      (a!49 (ite (not (= |folio.used[F0]@1| #x00))
                 (and (= |folio.refcount[F0]@1|
                         (bvadd |folio.mapcount[F0]@1| a!45 a!46))
                      a!47)
                 (and (= |folio.refcount[F0]@1| #x00)
                      (= |folio.mapcount[F0]@1| #x00)
                      (= a!45 #x00)
                      (= a!46 #x00)
                      a!48)))
      (a!54 (ite (not (= |folio.used[F1]@1| #x00))
                 (and (= |folio.refcount[F1]@1|
                         (bvadd |folio.mapcount[F1]@1| a!50 a!51))
                      a!52)
                 (and (= |folio.refcount[F1]@1| #x00)
                      (= |folio.mapcount[F1]@1| #x00)
                      (= a!50 #x00)
                      (= a!51 #x00)
                      a!53)))
      (a!56 (and (bvuge (ite (= migrate0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!55))
      (a!60 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00))) a!59))
      (a!63 (and (bvuge (ite (= fault0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!62))
      (a!64 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F0]@1| #x00) (bvugt a!46 #x00))
                     (not (= |PG_lru[F0]@1| #x00))
                     (= |PG_locked[F0]@1| #x00))))
      (a!65 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and (or (bvugt |folio.mapcount[F1]@1| #x00) (bvugt a!51 #x00))
                     (not (= |PG_lru[F1]@1| #x00))
                     (= |PG_locked[F1]@1| #x00))))
      (a!69 (and (= migrate0.pc@1 #x02)
                 a!67
                 (= (ite (= a!68 #x00) |PG_locked[F0]@1| |PG_locked[F1]@1|)
                    #x00)))
      (a!75 (not (and (not (= |page.mapping(shmem)[F0]@1| #x00))
                      (= |folio.refcount[F0]@1| #x02)
                      a!74)))
      (a!82 (ite (not (= fault0.from_swap@2 #x00))
                 (and (= swapper_space.i_pages@2 fault0.page@2) a!80)
                 (and (= shmem.i_pages@2 fault0.page@2) a!81)))
      (a!88 (ite (not (= |folio.used[F0]@2| #x00))
                 (and (= |folio.refcount[F0]@2|
                         (bvadd |folio.mapcount[F0]@2| a!84 a!85))
                      a!86)
                 (and (= |folio.refcount[F0]@2| #x00)
                      (= |folio.mapcount[F0]@2| #x00)
                      (= a!84 #x00)
                      (= a!85 #x00)
                      a!87)))
      (a!93 (ite (not (= |folio.used[F1]@2| #x00))
                 (and (= |folio.refcount[F1]@2|
                         (bvadd |folio.mapcount[F1]@2| a!89 a!90))
                      a!91)
                 (and (= |folio.refcount[F1]@2| #x00)
                      (= |folio.mapcount[F1]@2| #x00)
                      (= a!89 #x00)
                      (= a!90 #x00)
                      a!92)))
      (a!95 (and (bvuge (ite (= migrate0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!94))
      (a!99 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00))) a!98))
      (a!102 (and (bvuge (ite (= fault0.page@2 #x00)
                              |folio.refcount[F0]@2|
                              |folio.refcount[F1]@2|)
                         #x01)
                  a!101))
      (a!103 (or (not (not (= |folio.used[F0]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@2| #x00) (bvugt a!85 #x00))
                      (not (= |PG_lru[F0]@2| #x00))
                      (= |PG_locked[F0]@2| #x00))))
      (a!104 (or (not (not (= |folio.used[F1]@2| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@2| #x00) (bvugt a!90 #x00))
                      (not (= |PG_lru[F1]@2| #x00))
                      (= |PG_locked[F1]@2| #x00))))
      (a!108 (and (= migrate0.pc@2 #x02)
                  a!106
                  (= (ite (= a!107 #x00) |PG_locked[F0]@2| |PG_locked[F1]@2|)
                     #x00)))
      (a!114 (not (and (not (= |page.mapping(shmem)[F0]@2| #x00))
                       (= |folio.refcount[F0]@2| #x02)
                       a!113)))
      (a!121 (ite (not (= fault0.from_swap@3 #x00))
                  (and (= swapper_space.i_pages@3 fault0.page@3) a!119)
                  (and (= shmem.i_pages@3 fault0.page@3) a!120)))
      (a!127 (ite (not (= |folio.used[F0]@3| #x00))
                  (and (= |folio.refcount[F0]@3|
                          (bvadd |folio.mapcount[F0]@3| a!123 a!124))
                       a!125)
                  (and (= |folio.refcount[F0]@3| #x00)
                       (= |folio.mapcount[F0]@3| #x00)
                       (= a!123 #x00)
                       (= a!124 #x00)
                       a!126)))
      (a!132 (ite (not (= |folio.used[F1]@3| #x00))
                  (and (= |folio.refcount[F1]@3|
                          (bvadd |folio.mapcount[F1]@3| a!128 a!129))
                       a!130)
                  (and (= |folio.refcount[F1]@3| #x00)
                       (= |folio.mapcount[F1]@3| #x00)
                       (= a!128 #x00)
                       (= a!129 #x00)
                       a!131)))
      (a!134 (and (bvuge (ite (= migrate0.newpage@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!133))
      (a!138 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  a!137))
      (a!141 (and (bvuge (ite (= fault0.page@3 #x00)
                              |folio.refcount[F0]@3|
                              |folio.refcount[F1]@3|)
                         #x01)
                  a!140))
      (a!142 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@3| #x00)
                          (bvugt a!124 #x00))
                      (not (= |PG_lru[F0]@3| #x00))
                      (= |PG_locked[F0]@3| #x00))))
      (a!143 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@3| #x00)
                          (bvugt a!129 #x00))
                      (not (= |PG_lru[F1]@3| #x00))
                      (= |PG_locked[F1]@3| #x00))))
      (a!147 (and (= migrate0.pc@3 #x02)
                  a!145
                  (= (ite (= a!146 #x00) |PG_locked[F0]@3| |PG_locked[F1]@3|)
                     #x00)))
      (a!153 (not (and (not (= |page.mapping(shmem)[F0]@3| #x00))
                       (= |folio.refcount[F0]@3| #x02)
                       a!152)))
      (a!160 (ite (not (= fault0.from_swap@4 #x00))
                  (and (= swapper_space.i_pages@4 fault0.page@4) a!158)
                  (and (= shmem.i_pages@4 fault0.page@4) a!159)))
      (a!166 (ite (not (= |folio.used[F0]@4| #x00))
                  (and (= |folio.refcount[F0]@4|
                          (bvadd |folio.mapcount[F0]@4| a!162 a!163))
                       a!164)
                  (and (= |folio.refcount[F0]@4| #x00)
                       (= |folio.mapcount[F0]@4| #x00)
                       (= a!162 #x00)
                       (= a!163 #x00)
                       a!165)))
      (a!171 (ite (not (= |folio.used[F1]@4| #x00))
                  (and (= |folio.refcount[F1]@4|
                          (bvadd |folio.mapcount[F1]@4| a!167 a!168))
                       a!169)
                  (and (= |folio.refcount[F1]@4| #x00)
                       (= |folio.mapcount[F1]@4| #x00)
                       (= a!167 #x00)
                       (= a!168 #x00)
                       a!170)))
      (a!173 (and (bvuge (ite (= migrate0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!172))
      (a!177 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  a!176))
      (a!180 (and (bvuge (ite (= fault0.page@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!179))
      (a!181 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@4| #x00)
                          (bvugt a!163 #x00))
                      (not (= |PG_lru[F0]@4| #x00))
                      (= |PG_locked[F0]@4| #x00))))
      (a!182 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@4| #x00)
                          (bvugt a!168 #x00))
                      (not (= |PG_lru[F1]@4| #x00))
                      (= |PG_locked[F1]@4| #x00))))
      (a!186 (and (= migrate0.pc@4 #x02)
                  a!184
                  (= (ite (= a!185 #x00) |PG_locked[F0]@4| |PG_locked[F1]@4|)
                     #x00)))
      (a!192 (not (and (not (= |page.mapping(shmem)[F0]@4| #x00))
                       (= |folio.refcount[F0]@4| #x02)
                       a!191)))
      (a!199 (ite (not (= fault0.from_swap@5 #x00))
                  (and (= swapper_space.i_pages@5 fault0.page@5) a!197)
                  (and (= shmem.i_pages@5 fault0.page@5) a!198)))
      (a!205 (ite (not (= |folio.used[F0]@5| #x00))
                  (and (= |folio.refcount[F0]@5|
                          (bvadd |folio.mapcount[F0]@5| a!201 a!202))
                       a!203)
                  (and (= |folio.refcount[F0]@5| #x00)
                       (= |folio.mapcount[F0]@5| #x00)
                       (= a!201 #x00)
                       (= a!202 #x00)
                       a!204)))
      (a!210 (ite (not (= |folio.used[F1]@5| #x00))
                  (and (= |folio.refcount[F1]@5|
                          (bvadd |folio.mapcount[F1]@5| a!206 a!207))
                       a!208)
                  (and (= |folio.refcount[F1]@5| #x00)
                       (= |folio.mapcount[F1]@5| #x00)
                       (= a!206 #x00)
                       (= a!207 #x00)
                       a!209)))
      (a!212 (and (bvuge (ite (= migrate0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!211))
      (a!216 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  a!215))
      (a!219 (and (bvuge (ite (= fault0.page@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!218))
      (a!220 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@5| #x00)
                          (bvugt a!202 #x00))
                      (not (= |PG_lru[F0]@5| #x00))
                      (= |PG_locked[F0]@5| #x00))))
      (a!221 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@5| #x00)
                          (bvugt a!207 #x00))
                      (not (= |PG_lru[F1]@5| #x00))
                      (= |PG_locked[F1]@5| #x00))))
      (a!225 (and (= migrate0.pc@5 #x02)
                  a!223
                  (= (ite (= a!224 #x00) |PG_locked[F0]@5| |PG_locked[F1]@5|)
                     #x00)))
      (a!231 (not (and (not (= |page.mapping(shmem)[F0]@5| #x00))
                       (= |folio.refcount[F0]@5| #x02)
                       a!230)))
      (a!238 (ite (not (= fault0.from_swap@6 #x00))
                  (and (= swapper_space.i_pages@6 fault0.page@6) a!236)
                  (and (= shmem.i_pages@6 fault0.page@6) a!237)))
      (a!244 (ite (not (= |folio.used[F0]@6| #x00))
                  (and (= |folio.refcount[F0]@6|
                          (bvadd |folio.mapcount[F0]@6| a!240 a!241))
                       a!242)
                  (and (= |folio.refcount[F0]@6| #x00)
                       (= |folio.mapcount[F0]@6| #x00)
                       (= a!240 #x00)
                       (= a!241 #x00)
                       a!243)))
      (a!249 (ite (not (= |folio.used[F1]@6| #x00))
                  (and (= |folio.refcount[F1]@6|
                          (bvadd |folio.mapcount[F1]@6| a!245 a!246))
                       a!247)
                  (and (= |folio.refcount[F1]@6| #x00)
                       (= |folio.mapcount[F1]@6| #x00)
                       (= a!245 #x00)
                       (= a!246 #x00)
                       a!248)))
      (a!251 (and (bvuge (ite (= migrate0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!250))
      (a!255 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  a!254))
      (a!258 (and (bvuge (ite (= fault0.page@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!257))
      (a!259 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@6| #x00)
                          (bvugt a!241 #x00))
                      (not (= |PG_lru[F0]@6| #x00))
                      (= |PG_locked[F0]@6| #x00))))
      (a!260 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@6| #x00)
                          (bvugt a!246 #x00))
                      (not (= |PG_lru[F1]@6| #x00))
                      (= |PG_locked[F1]@6| #x00))))
      (a!264 (and (= migrate0.pc@6 #x02)
                  a!262
                  (= (ite (= a!263 #x00) |PG_locked[F0]@6| |PG_locked[F1]@6|)
                     #x00)))
      (a!270 (not (and (not (= |page.mapping(shmem)[F0]@6| #x00))
                       (= |folio.refcount[F0]@6| #x02)
                       a!269)))
      (a!277 (ite (not (= fault0.from_swap@7 #x00))
                  (and (= swapper_space.i_pages@7 fault0.page@7) a!275)
                  (and (= shmem.i_pages@7 fault0.page@7) a!276)))
      (a!283 (ite (not (= |folio.used[F0]@7| #x00))
                  (and (= |folio.refcount[F0]@7|
                          (bvadd |folio.mapcount[F0]@7| a!279 a!280))
                       a!281)
                  (and (= |folio.refcount[F0]@7| #x00)
                       (= |folio.mapcount[F0]@7| #x00)
                       (= a!279 #x00)
                       (= a!280 #x00)
                       a!282)))
      (a!288 (ite (not (= |folio.used[F1]@7| #x00))
                  (and (= |folio.refcount[F1]@7|
                          (bvadd |folio.mapcount[F1]@7| a!284 a!285))
                       a!286)
                  (and (= |folio.refcount[F1]@7| #x00)
                       (= |folio.mapcount[F1]@7| #x00)
                       (= a!284 #x00)
                       (= a!285 #x00)
                       a!287)))
      (a!290 (and (bvuge (ite (= migrate0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!289))
      (a!294 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  a!293))
      (a!297 (and (bvuge (ite (= fault0.page@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!296))
      (a!298 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@7| #x00)
                          (bvugt a!280 #x00))
                      (not (= |PG_lru[F0]@7| #x00))
                      (= |PG_locked[F0]@7| #x00))))
      (a!299 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@7| #x00)
                          (bvugt a!285 #x00))
                      (not (= |PG_lru[F1]@7| #x00))
                      (= |PG_locked[F1]@7| #x00))))
      (a!303 (and (= migrate0.pc@7 #x02)
                  a!301
                  (= (ite (= a!302 #x00) |PG_locked[F0]@7| |PG_locked[F1]@7|)
                     #x00)))
      (a!309 (not (and (not (= |page.mapping(shmem)[F0]@7| #x00))
                       (= |folio.refcount[F0]@7| #x02)
                       a!308)))
      (a!316 (ite (not (= fault0.from_swap@8 #x00))
                  (and (= swapper_space.i_pages@8 fault0.page@8) a!314)
                  (and (= shmem.i_pages@8 fault0.page@8) a!315)))
      (a!322 (ite (not (= |folio.used[F0]@8| #x00))
                  (and (= |folio.refcount[F0]@8|
                          (bvadd |folio.mapcount[F0]@8| a!318 a!319))
                       a!320)
                  (and (= |folio.refcount[F0]@8| #x00)
                       (= |folio.mapcount[F0]@8| #x00)
                       (= a!318 #x00)
                       (= a!319 #x00)
                       a!321)))
      (a!327 (ite (not (= |folio.used[F1]@8| #x00))
                  (and (= |folio.refcount[F1]@8|
                          (bvadd |folio.mapcount[F1]@8| a!323 a!324))
                       a!325)
                  (and (= |folio.refcount[F1]@8| #x00)
                       (= |folio.mapcount[F1]@8| #x00)
                       (= a!323 #x00)
                       (= a!324 #x00)
                       a!326)))
      (a!329 (and (bvuge (ite (= migrate0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!328))
      (a!333 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  a!332))
      (a!336 (and (bvuge (ite (= fault0.page@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!335))
      (a!337 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@8| #x00)
                          (bvugt a!319 #x00))
                      (not (= |PG_lru[F0]@8| #x00))
                      (= |PG_locked[F0]@8| #x00))))
      (a!338 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@8| #x00)
                          (bvugt a!324 #x00))
                      (not (= |PG_lru[F1]@8| #x00))
                      (= |PG_locked[F1]@8| #x00))))
      (a!342 (and (= migrate0.pc@8 #x02)
                  a!340
                  (= (ite (= a!341 #x00) |PG_locked[F0]@8| |PG_locked[F1]@8|)
                     #x00)))
      (a!348 (not (and (not (= |page.mapping(shmem)[F0]@8| #x00))
                       (= |folio.refcount[F0]@8| #x02)
                       a!347)))
      (a!355 (ite (not (= fault0.from_swap@9 #x00))
                  (and (= swapper_space.i_pages@9 fault0.page@9) a!353)
                  (and (= shmem.i_pages@9 fault0.page@9) a!354)))
      (a!361 (ite (not (= |folio.used[F0]@9| #x00))
                  (and (= |folio.refcount[F0]@9|
                          (bvadd |folio.mapcount[F0]@9| a!357 a!358))
                       a!359)
                  (and (= |folio.refcount[F0]@9| #x00)
                       (= |folio.mapcount[F0]@9| #x00)
                       (= a!357 #x00)
                       (= a!358 #x00)
                       a!360)))
      (a!366 (ite (not (= |folio.used[F1]@9| #x00))
                  (and (= |folio.refcount[F1]@9|
                          (bvadd |folio.mapcount[F1]@9| a!362 a!363))
                       a!364)
                  (and (= |folio.refcount[F1]@9| #x00)
                       (= |folio.mapcount[F1]@9| #x00)
                       (= a!362 #x00)
                       (= a!363 #x00)
                       a!365)))
      (a!368 (and (bvuge (ite (= migrate0.newpage@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!367))
      (a!372 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  a!371))
      (a!375 (and (bvuge (ite (= fault0.page@9 #x00)
                              |folio.refcount[F0]@9|
                              |folio.refcount[F1]@9|)
                         #x01)
                  a!374))
      (a!376 (or (not (not (= |folio.used[F0]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@9| #x00)
                          (bvugt a!358 #x00))
                      (not (= |PG_lru[F0]@9| #x00))
                      (= |PG_locked[F0]@9| #x00))))
      (a!377 (or (not (not (= |folio.used[F1]@9| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@9| #x00)
                          (bvugt a!363 #x00))
                      (not (= |PG_lru[F1]@9| #x00))
                      (= |PG_locked[F1]@9| #x00))))
      (a!381 (and (= migrate0.pc@9 #x02)
                  a!379
                  (= (ite (= a!380 #x00) |PG_locked[F0]@9| |PG_locked[F1]@9|)
                     #x00)))
      (a!387 (not (and (not (= |page.mapping(shmem)[F0]@9| #x00))
                       (= |folio.refcount[F0]@9| #x02)
                       a!386)))
      (a!394 (ite (not (= fault0.from_swap@10 #x00))
                  (and (= swapper_space.i_pages@10 fault0.page@10) a!392)
                  (and (= shmem.i_pages@10 fault0.page@10) a!393)))
      (a!400 (ite (not (= |folio.used[F0]@10| #x00))
                  (and (= |folio.refcount[F0]@10|
                          (bvadd |folio.mapcount[F0]@10| a!396 a!397))
                       a!398)
                  (and (= |folio.refcount[F0]@10| #x00)
                       (= |folio.mapcount[F0]@10| #x00)
                       (= a!396 #x00)
                       (= a!397 #x00)
                       a!399)))
      (a!405 (ite (not (= |folio.used[F1]@10| #x00))
                  (and (= |folio.refcount[F1]@10|
                          (bvadd |folio.mapcount[F1]@10| a!401 a!402))
                       a!403)
                  (and (= |folio.refcount[F1]@10| #x00)
                       (= |folio.mapcount[F1]@10| #x00)
                       (= a!401 #x00)
                       (= a!402 #x00)
                       a!404)))
      (a!407 (and (bvuge (ite (= migrate0.newpage@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!406))
      (a!411 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  a!410))
      (a!414 (and (bvuge (ite (= fault0.page@10 #x00)
                              |folio.refcount[F0]@10|
                              |folio.refcount[F1]@10|)
                         #x01)
                  a!413))
      (a!415 (or (not (not (= |folio.used[F0]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@10| #x00)
                          (bvugt a!397 #x00))
                      (not (= |PG_lru[F0]@10| #x00))
                      (= |PG_locked[F0]@10| #x00))))
      (a!416 (or (not (not (= |folio.used[F1]@10| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@10| #x00)
                          (bvugt a!402 #x00))
                      (not (= |PG_lru[F1]@10| #x00))
                      (= |PG_locked[F1]@10| #x00))))
      (a!420 (and (= migrate0.pc@10 #x02)
                  a!418
                  (= (ite (= a!419 #x00) |PG_locked[F0]@10| |PG_locked[F1]@10|)
                     #x00)))
      (a!426 (not (and (not (= |page.mapping(shmem)[F0]@10| #x00))
                       (= |folio.refcount[F0]@10| #x02)
                       a!425)))
      (a!433 (ite (not (= fault0.from_swap@11 #x00))
                  (and (= swapper_space.i_pages@11 fault0.page@11) a!431)
                  (and (= shmem.i_pages@11 fault0.page@11) a!432)))
      (a!439 (ite (not (= |folio.used[F0]@11| #x00))
                  (and (= |folio.refcount[F0]@11|
                          (bvadd |folio.mapcount[F0]@11| a!435 a!436))
                       a!437)
                  (and (= |folio.refcount[F0]@11| #x00)
                       (= |folio.mapcount[F0]@11| #x00)
                       (= a!435 #x00)
                       (= a!436 #x00)
                       a!438)))
      (a!444 (ite (not (= |folio.used[F1]@11| #x00))
                  (and (= |folio.refcount[F1]@11|
                          (bvadd |folio.mapcount[F1]@11| a!440 a!441))
                       a!442)
                  (and (= |folio.refcount[F1]@11| #x00)
                       (= |folio.mapcount[F1]@11| #x00)
                       (= a!440 #x00)
                       (= a!441 #x00)
                       a!443)))
      (a!446 (and (bvuge (ite (= migrate0.newpage@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!445))
      (a!450 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  a!449))
      (a!453 (and (bvuge (ite (= fault0.page@11 #x00)
                              |folio.refcount[F0]@11|
                              |folio.refcount[F1]@11|)
                         #x01)
                  a!452))
      (a!454 (or (not (not (= |folio.used[F0]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@11| #x00)
                          (bvugt a!436 #x00))
                      (not (= |PG_lru[F0]@11| #x00))
                      (= |PG_locked[F0]@11| #x00))))
      (a!455 (or (not (not (= |folio.used[F1]@11| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@11| #x00)
                          (bvugt a!441 #x00))
                      (not (= |PG_lru[F1]@11| #x00))
                      (= |PG_locked[F1]@11| #x00))))
      (a!459 (and (= migrate0.pc@11 #x02)
                  a!457
                  (= (ite (= a!458 #x00) |PG_locked[F0]@11| |PG_locked[F1]@11|)
                     #x00)))
      (a!465 (not (and (not (= |page.mapping(shmem)[F0]@11| #x00))
                       (= |folio.refcount[F0]@11| #x02)
                       a!464)))
      (a!472 (ite (not (= fault0.from_swap@12 #x00))
                  (and (= swapper_space.i_pages@12 fault0.page@12) a!470)
                  (and (= shmem.i_pages@12 fault0.page@12) a!471)))
      (a!478 (ite (not (= |folio.used[F0]@12| #x00))
                  (and (= |folio.refcount[F0]@12|
                          (bvadd |folio.mapcount[F0]@12| a!474 a!475))
                       a!476)
                  (and (= |folio.refcount[F0]@12| #x00)
                       (= |folio.mapcount[F0]@12| #x00)
                       (= a!474 #x00)
                       (= a!475 #x00)
                       a!477)))
      (a!483 (ite (not (= |folio.used[F1]@12| #x00))
                  (and (= |folio.refcount[F1]@12|
                          (bvadd |folio.mapcount[F1]@12| a!479 a!480))
                       a!481)
                  (and (= |folio.refcount[F1]@12| #x00)
                       (= |folio.mapcount[F1]@12| #x00)
                       (= a!479 #x00)
                       (= a!480 #x00)
                       a!482)))
      (a!485 (and (bvuge (ite (= migrate0.newpage@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!484))
      (a!489 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  a!488))
      (a!492 (and (bvuge (ite (= fault0.page@12 #x00)
                              |folio.refcount[F0]@12|
                              |folio.refcount[F1]@12|)
                         #x01)
                  a!491))
      (a!493 (or (not (not (= |folio.used[F0]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F0]@12| #x00)
                          (bvugt a!475 #x00))
                      (not (= |PG_lru[F0]@12| #x00))
                      (= |PG_locked[F0]@12| #x00))))
      (a!494 (or (not (not (= |folio.used[F1]@12| #x00)))
                 (and (or (bvugt |folio.mapcount[F1]@12| #x00)
                          (bvugt a!480 #x00))
                      (not (= |PG_lru[F1]@12| #x00))
                      (= |PG_locked[F1]@12| #x00))))
      (a!498 (and (= migrate0.pc@12 #x02)
                  a!496
                  (= (ite (= a!497 #x00) |PG_locked[F0]@12| |PG_locked[F1]@12|)
                     #x00)))
      (a!504 (not (and (not (= |page.mapping(shmem)[F0]@12| #x00))
                       (= |folio.refcount[F0]@12| #x02)
                       a!503))))
(let ((a!19 (and (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                 (not a!17)))
      (a!38 (or (and (= migrate0.pc@0 #x00)
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
                     (not (= |page.mapping(shmem)[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02)
                     a!35)
                (and (= migrate0.pc@0 #x05) a!36)
                (= migrate0.pc@0 #x06)
                (and (= migrate0.pc@0 #x07) (not (= migrate0.ok@0 #x00)))
                a!18
                (and (= migrate0.pc@0 #x09) (not (= migrate0.ok@0 #x00)))
                a!22
                (and (= migrate0.pc@0 #x08) (bvult migrate0.pass@0 #x01))
                (and (= migrate0.pc@0 #x08) (bvuge migrate0.pass@0 #x01))
                (and (= fault0.pc@0 #x00) (not (= shmem.i_pages@0 #x02)))
                (and (= fault0.pc@0 #x00)
                     (= shmem.i_pages@0 #x02)
                     (not (= swapper_space.i_pages@0 #x02)))
                a!37
                (and (= fault0.pc@0 #x02) a!4)
                (and (= fault0.pc@0 #x02) (not a!4))))
      (a!58 (and (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                 (not a!56)))
      (a!77 (or (and (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= migrate0.pc@1 #x00) a!66)
                (and (= migrate0.pc@1 #x01) (= |PG_locked[F0]@1| #x00))
                a!69
                a!70
                a!71
                a!72
                (and (= migrate0.pc@1 #x03) a!73)
                (= migrate0.pc@1 #x04)
                (and (= migrate0.pc@1 #x05)
                     (not (= |page.mapping(shmem)[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02)
                     a!74)
                (and (= migrate0.pc@1 #x05) a!75)
                (= migrate0.pc@1 #x06)
                (and (= migrate0.pc@1 #x07) (not (= migrate0.ok@1 #x00)))
                a!57
                (and (= migrate0.pc@1 #x09) (not (= migrate0.ok@1 #x00)))
                a!61
                (and (= migrate0.pc@1 #x08) (bvult migrate0.pass@1 #x01))
                (and (= migrate0.pc@1 #x08) (bvuge migrate0.pass@1 #x01))
                (and (= fault0.pc@1 #x00) (not (= shmem.i_pages@1 #x02)))
                (and (= fault0.pc@1 #x00)
                     (= shmem.i_pages@1 #x02)
                     (not (= swapper_space.i_pages@1 #x02)))
                a!76
                (and (= fault0.pc@1 #x02) a!43)
                (and (= fault0.pc@1 #x02) (not a!43))))
      (a!97 (and (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 (not a!95)))
      (a!116 (or (and (= migrate0.pc@2 #x00)
                      (not (= |folio.used[F0]@2| #x00))
                      (not (= |PG_lru[F0]@2| #x00)))
                 (and (= migrate0.pc@2 #x00) a!105)
                 (and (= migrate0.pc@2 #x01) (= |PG_locked[F0]@2| #x00))
                 a!108
                 a!109
                 a!110
                 a!111
                 (and (= migrate0.pc@2 #x03) a!112)
                 (= migrate0.pc@2 #x04)
                 (and (= migrate0.pc@2 #x05)
                      (not (= |page.mapping(shmem)[F0]@2| #x00))
                      (= |folio.refcount[F0]@2| #x02)
                      a!113)
                 (and (= migrate0.pc@2 #x05) a!114)
                 (= migrate0.pc@2 #x06)
                 (and (= migrate0.pc@2 #x07) (not (= migrate0.ok@2 #x00)))
                 a!96
                 (and (= migrate0.pc@2 #x09) (not (= migrate0.ok@2 #x00)))
                 a!100
                 (and (= migrate0.pc@2 #x08) (bvult migrate0.pass@2 #x01))
                 (and (= migrate0.pc@2 #x08) (bvuge migrate0.pass@2 #x01))
                 (and (= fault0.pc@2 #x00) (not (= shmem.i_pages@2 #x02)))
                 (and (= fault0.pc@2 #x00)
                      (= shmem.i_pages@2 #x02)
                      (not (= swapper_space.i_pages@2 #x02)))
                 a!115
                 (and (= fault0.pc@2 #x02) a!82)
                 (and (= fault0.pc@2 #x02) (not a!82))))
      (a!136 (and (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                  (not a!134)))
      (a!155 (or (and (= migrate0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (not (= |PG_lru[F0]@3| #x00)))
                 (and (= migrate0.pc@3 #x00) a!144)
                 (and (= migrate0.pc@3 #x01) (= |PG_locked[F0]@3| #x00))
                 a!147
                 a!148
                 a!149
                 a!150
                 (and (= migrate0.pc@3 #x03) a!151)
                 (= migrate0.pc@3 #x04)
                 (and (= migrate0.pc@3 #x05)
                      (not (= |page.mapping(shmem)[F0]@3| #x00))
                      (= |folio.refcount[F0]@3| #x02)
                      a!152)
                 (and (= migrate0.pc@3 #x05) a!153)
                 (= migrate0.pc@3 #x06)
                 (and (= migrate0.pc@3 #x07) (not (= migrate0.ok@3 #x00)))
                 a!135
                 (and (= migrate0.pc@3 #x09) (not (= migrate0.ok@3 #x00)))
                 a!139
                 (and (= migrate0.pc@3 #x08) (bvult migrate0.pass@3 #x01))
                 (and (= migrate0.pc@3 #x08) (bvuge migrate0.pass@3 #x01))
                 (and (= fault0.pc@3 #x00) (not (= shmem.i_pages@3 #x02)))
                 (and (= fault0.pc@3 #x00)
                      (= shmem.i_pages@3 #x02)
                      (not (= swapper_space.i_pages@3 #x02)))
                 a!154
                 (and (= fault0.pc@3 #x02) a!121)
                 (and (= fault0.pc@3 #x02) (not a!121))))
      (a!175 (and (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                  (not a!173)))
      (a!194 (or (and (= migrate0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (not (= |PG_lru[F0]@4| #x00)))
                 (and (= migrate0.pc@4 #x00) a!183)
                 (and (= migrate0.pc@4 #x01) (= |PG_locked[F0]@4| #x00))
                 a!186
                 a!187
                 a!188
                 a!189
                 (and (= migrate0.pc@4 #x03) a!190)
                 (= migrate0.pc@4 #x04)
                 (and (= migrate0.pc@4 #x05)
                      (not (= |page.mapping(shmem)[F0]@4| #x00))
                      (= |folio.refcount[F0]@4| #x02)
                      a!191)
                 (and (= migrate0.pc@4 #x05) a!192)
                 (= migrate0.pc@4 #x06)
                 (and (= migrate0.pc@4 #x07) (not (= migrate0.ok@4 #x00)))
                 a!174
                 (and (= migrate0.pc@4 #x09) (not (= migrate0.ok@4 #x00)))
                 a!178
                 (and (= migrate0.pc@4 #x08) (bvult migrate0.pass@4 #x01))
                 (and (= migrate0.pc@4 #x08) (bvuge migrate0.pass@4 #x01))
                 (and (= fault0.pc@4 #x00) (not (= shmem.i_pages@4 #x02)))
                 (and (= fault0.pc@4 #x00)
                      (= shmem.i_pages@4 #x02)
                      (not (= swapper_space.i_pages@4 #x02)))
                 a!193
                 (and (= fault0.pc@4 #x02) a!160)
                 (and (= fault0.pc@4 #x02) (not a!160))))
      (a!214 (and (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                  (not a!212)))
      (a!233 (or (and (= migrate0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (not (= |PG_lru[F0]@5| #x00)))
                 (and (= migrate0.pc@5 #x00) a!222)
                 (and (= migrate0.pc@5 #x01) (= |PG_locked[F0]@5| #x00))
                 a!225
                 a!226
                 a!227
                 a!228
                 (and (= migrate0.pc@5 #x03) a!229)
                 (= migrate0.pc@5 #x04)
                 (and (= migrate0.pc@5 #x05)
                      (not (= |page.mapping(shmem)[F0]@5| #x00))
                      (= |folio.refcount[F0]@5| #x02)
                      a!230)
                 (and (= migrate0.pc@5 #x05) a!231)
                 (= migrate0.pc@5 #x06)
                 (and (= migrate0.pc@5 #x07) (not (= migrate0.ok@5 #x00)))
                 a!213
                 (and (= migrate0.pc@5 #x09) (not (= migrate0.ok@5 #x00)))
                 a!217
                 (and (= migrate0.pc@5 #x08) (bvult migrate0.pass@5 #x01))
                 (and (= migrate0.pc@5 #x08) (bvuge migrate0.pass@5 #x01))
                 (and (= fault0.pc@5 #x00) (not (= shmem.i_pages@5 #x02)))
                 (and (= fault0.pc@5 #x00)
                      (= shmem.i_pages@5 #x02)
                      (not (= swapper_space.i_pages@5 #x02)))
                 a!232
                 (and (= fault0.pc@5 #x02) a!199)
                 (and (= fault0.pc@5 #x02) (not a!199))))
      (a!253 (and (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                  (not a!251)))
      (a!272 (or (and (= migrate0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (not (= |PG_lru[F0]@6| #x00)))
                 (and (= migrate0.pc@6 #x00) a!261)
                 (and (= migrate0.pc@6 #x01) (= |PG_locked[F0]@6| #x00))
                 a!264
                 a!265
                 a!266
                 a!267
                 (and (= migrate0.pc@6 #x03) a!268)
                 (= migrate0.pc@6 #x04)
                 (and (= migrate0.pc@6 #x05)
                      (not (= |page.mapping(shmem)[F0]@6| #x00))
                      (= |folio.refcount[F0]@6| #x02)
                      a!269)
                 (and (= migrate0.pc@6 #x05) a!270)
                 (= migrate0.pc@6 #x06)
                 (and (= migrate0.pc@6 #x07) (not (= migrate0.ok@6 #x00)))
                 a!252
                 (and (= migrate0.pc@6 #x09) (not (= migrate0.ok@6 #x00)))
                 a!256
                 (and (= migrate0.pc@6 #x08) (bvult migrate0.pass@6 #x01))
                 (and (= migrate0.pc@6 #x08) (bvuge migrate0.pass@6 #x01))
                 (and (= fault0.pc@6 #x00) (not (= shmem.i_pages@6 #x02)))
                 (and (= fault0.pc@6 #x00)
                      (= shmem.i_pages@6 #x02)
                      (not (= swapper_space.i_pages@6 #x02)))
                 a!271
                 (and (= fault0.pc@6 #x02) a!238)
                 (and (= fault0.pc@6 #x02) (not a!238))))
      (a!292 (and (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                  (not a!290)))
      (a!311 (or (and (= migrate0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (not (= |PG_lru[F0]@7| #x00)))
                 (and (= migrate0.pc@7 #x00) a!300)
                 (and (= migrate0.pc@7 #x01) (= |PG_locked[F0]@7| #x00))
                 a!303
                 a!304
                 a!305
                 a!306
                 (and (= migrate0.pc@7 #x03) a!307)
                 (= migrate0.pc@7 #x04)
                 (and (= migrate0.pc@7 #x05)
                      (not (= |page.mapping(shmem)[F0]@7| #x00))
                      (= |folio.refcount[F0]@7| #x02)
                      a!308)
                 (and (= migrate0.pc@7 #x05) a!309)
                 (= migrate0.pc@7 #x06)
                 (and (= migrate0.pc@7 #x07) (not (= migrate0.ok@7 #x00)))
                 a!291
                 (and (= migrate0.pc@7 #x09) (not (= migrate0.ok@7 #x00)))
                 a!295
                 (and (= migrate0.pc@7 #x08) (bvult migrate0.pass@7 #x01))
                 (and (= migrate0.pc@7 #x08) (bvuge migrate0.pass@7 #x01))
                 (and (= fault0.pc@7 #x00) (not (= shmem.i_pages@7 #x02)))
                 (and (= fault0.pc@7 #x00)
                      (= shmem.i_pages@7 #x02)
                      (not (= swapper_space.i_pages@7 #x02)))
                 a!310
                 (and (= fault0.pc@7 #x02) a!277)
                 (and (= fault0.pc@7 #x02) (not a!277))))
      (a!331 (and (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                  (not a!329)))
      (a!350 (or (and (= migrate0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (not (= |PG_lru[F0]@8| #x00)))
                 (and (= migrate0.pc@8 #x00) a!339)
                 (and (= migrate0.pc@8 #x01) (= |PG_locked[F0]@8| #x00))
                 a!342
                 a!343
                 a!344
                 a!345
                 (and (= migrate0.pc@8 #x03) a!346)
                 (= migrate0.pc@8 #x04)
                 (and (= migrate0.pc@8 #x05)
                      (not (= |page.mapping(shmem)[F0]@8| #x00))
                      (= |folio.refcount[F0]@8| #x02)
                      a!347)
                 (and (= migrate0.pc@8 #x05) a!348)
                 (= migrate0.pc@8 #x06)
                 (and (= migrate0.pc@8 #x07) (not (= migrate0.ok@8 #x00)))
                 a!330
                 (and (= migrate0.pc@8 #x09) (not (= migrate0.ok@8 #x00)))
                 a!334
                 (and (= migrate0.pc@8 #x08) (bvult migrate0.pass@8 #x01))
                 (and (= migrate0.pc@8 #x08) (bvuge migrate0.pass@8 #x01))
                 (and (= fault0.pc@8 #x00) (not (= shmem.i_pages@8 #x02)))
                 (and (= fault0.pc@8 #x00)
                      (= shmem.i_pages@8 #x02)
                      (not (= swapper_space.i_pages@8 #x02)))
                 a!349
                 (and (= fault0.pc@8 #x02) a!316)
                 (and (= fault0.pc@8 #x02) (not a!316))))
      (a!370 (and (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                  (not a!368)))
      (a!389 (or (and (= migrate0.pc@9 #x00)
                      (not (= |folio.used[F0]@9| #x00))
                      (not (= |PG_lru[F0]@9| #x00)))
                 (and (= migrate0.pc@9 #x00) a!378)
                 (and (= migrate0.pc@9 #x01) (= |PG_locked[F0]@9| #x00))
                 a!381
                 a!382
                 a!383
                 a!384
                 (and (= migrate0.pc@9 #x03) a!385)
                 (= migrate0.pc@9 #x04)
                 (and (= migrate0.pc@9 #x05)
                      (not (= |page.mapping(shmem)[F0]@9| #x00))
                      (= |folio.refcount[F0]@9| #x02)
                      a!386)
                 (and (= migrate0.pc@9 #x05) a!387)
                 (= migrate0.pc@9 #x06)
                 (and (= migrate0.pc@9 #x07) (not (= migrate0.ok@9 #x00)))
                 a!369
                 (and (= migrate0.pc@9 #x09) (not (= migrate0.ok@9 #x00)))
                 a!373
                 (and (= migrate0.pc@9 #x08) (bvult migrate0.pass@9 #x01))
                 (and (= migrate0.pc@9 #x08) (bvuge migrate0.pass@9 #x01))
                 (and (= fault0.pc@9 #x00) (not (= shmem.i_pages@9 #x02)))
                 (and (= fault0.pc@9 #x00)
                      (= shmem.i_pages@9 #x02)
                      (not (= swapper_space.i_pages@9 #x02)))
                 a!388
                 (and (= fault0.pc@9 #x02) a!355)
                 (and (= fault0.pc@9 #x02) (not a!355))))
      (a!409 (and (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                  (not a!407)))
      (a!428 (or (and (= migrate0.pc@10 #x00)
                      (not (= |folio.used[F0]@10| #x00))
                      (not (= |PG_lru[F0]@10| #x00)))
                 (and (= migrate0.pc@10 #x00) a!417)
                 (and (= migrate0.pc@10 #x01) (= |PG_locked[F0]@10| #x00))
                 a!420
                 a!421
                 a!422
                 a!423
                 (and (= migrate0.pc@10 #x03) a!424)
                 (= migrate0.pc@10 #x04)
                 (and (= migrate0.pc@10 #x05)
                      (not (= |page.mapping(shmem)[F0]@10| #x00))
                      (= |folio.refcount[F0]@10| #x02)
                      a!425)
                 (and (= migrate0.pc@10 #x05) a!426)
                 (= migrate0.pc@10 #x06)
                 (and (= migrate0.pc@10 #x07) (not (= migrate0.ok@10 #x00)))
                 a!408
                 (and (= migrate0.pc@10 #x09) (not (= migrate0.ok@10 #x00)))
                 a!412
                 (and (= migrate0.pc@10 #x08) (bvult migrate0.pass@10 #x01))
                 (and (= migrate0.pc@10 #x08) (bvuge migrate0.pass@10 #x01))
                 (and (= fault0.pc@10 #x00) (not (= shmem.i_pages@10 #x02)))
                 (and (= fault0.pc@10 #x00)
                      (= shmem.i_pages@10 #x02)
                      (not (= swapper_space.i_pages@10 #x02)))
                 a!427
                 (and (= fault0.pc@10 #x02) a!394)
                 (and (= fault0.pc@10 #x02) (not a!394))))
      (a!448 (and (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                  (not a!446)))
      (a!467 (or (and (= migrate0.pc@11 #x00)
                      (not (= |folio.used[F0]@11| #x00))
                      (not (= |PG_lru[F0]@11| #x00)))
                 (and (= migrate0.pc@11 #x00) a!456)
                 (and (= migrate0.pc@11 #x01) (= |PG_locked[F0]@11| #x00))
                 a!459
                 a!460
                 a!461
                 a!462
                 (and (= migrate0.pc@11 #x03) a!463)
                 (= migrate0.pc@11 #x04)
                 (and (= migrate0.pc@11 #x05)
                      (not (= |page.mapping(shmem)[F0]@11| #x00))
                      (= |folio.refcount[F0]@11| #x02)
                      a!464)
                 (and (= migrate0.pc@11 #x05) a!465)
                 (= migrate0.pc@11 #x06)
                 (and (= migrate0.pc@11 #x07) (not (= migrate0.ok@11 #x00)))
                 a!447
                 (and (= migrate0.pc@11 #x09) (not (= migrate0.ok@11 #x00)))
                 a!451
                 (and (= migrate0.pc@11 #x08) (bvult migrate0.pass@11 #x01))
                 (and (= migrate0.pc@11 #x08) (bvuge migrate0.pass@11 #x01))
                 (and (= fault0.pc@11 #x00) (not (= shmem.i_pages@11 #x02)))
                 (and (= fault0.pc@11 #x00)
                      (= shmem.i_pages@11 #x02)
                      (not (= swapper_space.i_pages@11 #x02)))
                 a!466
                 (and (= fault0.pc@11 #x02) a!433)
                 (and (= fault0.pc@11 #x02) (not a!433))))
      (a!487 (and (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                  (not a!485)))
      (a!506 (or (and (= migrate0.pc@12 #x00)
                      (not (= |folio.used[F0]@12| #x00))
                      (not (= |PG_lru[F0]@12| #x00)))
                 (and (= migrate0.pc@12 #x00) a!495)
                 (and (= migrate0.pc@12 #x01) (= |PG_locked[F0]@12| #x00))
                 a!498
                 a!499
                 a!500
                 a!501
                 (and (= migrate0.pc@12 #x03) a!502)
                 (= migrate0.pc@12 #x04)
                 (and (= migrate0.pc@12 #x05)
                      (not (= |page.mapping(shmem)[F0]@12| #x00))
                      (= |folio.refcount[F0]@12| #x02)
                      a!503)
                 (and (= migrate0.pc@12 #x05) a!504)
                 (= migrate0.pc@12 #x06)
                 (and (= migrate0.pc@12 #x07) (not (= migrate0.ok@12 #x00)))
                 a!486
                 (and (= migrate0.pc@12 #x09) (not (= migrate0.ok@12 #x00)))
                 a!490
                 (and (= migrate0.pc@12 #x08) (bvult migrate0.pass@12 #x01))
                 (and (= migrate0.pc@12 #x08) (bvuge migrate0.pass@12 #x01))
                 (and (= fault0.pc@12 #x00) (not (= shmem.i_pages@12 #x02)))
                 (and (= fault0.pc@12 #x00)
                      (= shmem.i_pages@12 #x02)
                      (not (= swapper_space.i_pages@12 #x02)))
                 a!505
                 (and (= fault0.pc@12 #x02) a!472)
                 (and (= fault0.pc@12 #x02) (not a!472)))))
(let ((a!39 (and (not (and (= migrate0.pc@0 #x0a) (= fault0.pc@0 #x03)))
                 (not a!38)))
      (a!78 (and (not (and (= migrate0.pc@1 #x0a) (= fault0.pc@1 #x03)))
                 (not a!77)))
      (a!117 (and (not (and (= migrate0.pc@2 #x0a) (= fault0.pc@2 #x03)))
                  (not a!116)))
      (a!156 (and (not (and (= migrate0.pc@3 #x0a) (= fault0.pc@3 #x03)))
                  (not a!155)))
      (a!195 (and (not (and (= migrate0.pc@4 #x0a) (= fault0.pc@4 #x03)))
                  (not a!194)))
      (a!234 (and (not (and (= migrate0.pc@5 #x0a) (= fault0.pc@5 #x03)))
                  (not a!233)))
      (a!273 (and (not (and (= migrate0.pc@6 #x0a) (= fault0.pc@6 #x03)))
                  (not a!272)))
      (a!312 (and (not (and (= migrate0.pc@7 #x0a) (= fault0.pc@7 #x03)))
                  (not a!311)))
      (a!351 (and (not (and (= migrate0.pc@8 #x0a) (= fault0.pc@8 #x03)))
                  (not a!350)))
      (a!390 (and (not (and (= migrate0.pc@9 #x0a) (= fault0.pc@9 #x03)))
                  (not a!389)))
      (a!429 (and (not (and (= migrate0.pc@10 #x0a) (= fault0.pc@10 #x03)))
                  (not a!428)))
      (a!468 (and (not (and (= migrate0.pc@11 #x0a) (= fault0.pc@11 #x03)))
                  (not a!467)))
      (a!507 (and (not (and (= migrate0.pc@12 #x0a) (= fault0.pc@12 #x03)))
                  (not a!506))))
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
      a!39
      (not a!40)
      (and (and (= fault0.pc@1 #x02) a!43) a!44)
      (not (and a!49 a!54))
      (and (= migrate0.pc@1 #x04) (not a!56))
      (and a!57 (not a!56))
      a!58
      a!60
      (and a!61 a!59)
      (and (and (= fault0.pc@1 #x02) a!43) (not a!63))
      (and (and (= fault0.pc@1 #x02) (not a!43)) (not a!63))
      (and (and (= migrate0.pc@1 #x0a) (= fault0.pc@1 #x03))
           (not (and a!64 a!65)))
      a!78
      (not a!79)
      (and (and (= fault0.pc@2 #x02) a!82) a!83)
      (not (and a!88 a!93))
      (and (= migrate0.pc@2 #x04) (not a!95))
      (and a!96 (not a!95))
      a!97
      a!99
      (and a!100 a!98)
      (and (and (= fault0.pc@2 #x02) a!82) (not a!102))
      (and (and (= fault0.pc@2 #x02) (not a!82)) (not a!102))
      (and (and (= migrate0.pc@2 #x0a) (= fault0.pc@2 #x03))
           (not (and a!103 a!104)))
      a!117
      (not a!118)
      (and (and (= fault0.pc@3 #x02) a!121) a!122)
      (not (and a!127 a!132))
      (and (= migrate0.pc@3 #x04) (not a!134))
      (and a!135 (not a!134))
      a!136
      a!138
      (and a!139 a!137)
      (and (and (= fault0.pc@3 #x02) a!121) (not a!141))
      (and (and (= fault0.pc@3 #x02) (not a!121)) (not a!141))
      (and (and (= migrate0.pc@3 #x0a) (= fault0.pc@3 #x03))
           (not (and a!142 a!143)))
      a!156
      (not a!157)
      (and (and (= fault0.pc@4 #x02) a!160) a!161)
      (not (and a!166 a!171))
      (and (= migrate0.pc@4 #x04) (not a!173))
      (and a!174 (not a!173))
      a!175
      a!177
      (and a!178 a!176)
      (and (and (= fault0.pc@4 #x02) a!160) (not a!180))
      (and (and (= fault0.pc@4 #x02) (not a!160)) (not a!180))
      (and (and (= migrate0.pc@4 #x0a) (= fault0.pc@4 #x03))
           (not (and a!181 a!182)))
      a!195
      (not a!196)
      (and (and (= fault0.pc@5 #x02) a!199) a!200)
      (not (and a!205 a!210))
      (and (= migrate0.pc@5 #x04) (not a!212))
      (and a!213 (not a!212))
      a!214
      a!216
      (and a!217 a!215)
      (and (and (= fault0.pc@5 #x02) a!199) (not a!219))
      (and (and (= fault0.pc@5 #x02) (not a!199)) (not a!219))
      (and (and (= migrate0.pc@5 #x0a) (= fault0.pc@5 #x03))
           (not (and a!220 a!221)))
      a!234
      (not a!235)
      (and (and (= fault0.pc@6 #x02) a!238) a!239)
      (not (and a!244 a!249))
      (and (= migrate0.pc@6 #x04) (not a!251))
      (and a!252 (not a!251))
      a!253
      a!255
      (and a!256 a!254)
      (and (and (= fault0.pc@6 #x02) a!238) (not a!258))
      (and (and (= fault0.pc@6 #x02) (not a!238)) (not a!258))
      (and (and (= migrate0.pc@6 #x0a) (= fault0.pc@6 #x03))
           (not (and a!259 a!260)))
      a!273
      (not a!274)
      (and (and (= fault0.pc@7 #x02) a!277) a!278)
      (not (and a!283 a!288))
      (and (= migrate0.pc@7 #x04) (not a!290))
      (and a!291 (not a!290))
      a!292
      a!294
      (and a!295 a!293)
      (and (and (= fault0.pc@7 #x02) a!277) (not a!297))
      (and (and (= fault0.pc@7 #x02) (not a!277)) (not a!297))
      (and (and (= migrate0.pc@7 #x0a) (= fault0.pc@7 #x03))
           (not (and a!298 a!299)))
      a!312
      (not a!313)
      (and (and (= fault0.pc@8 #x02) a!316) a!317)
      (not (and a!322 a!327))
      (and (= migrate0.pc@8 #x04) (not a!329))
      (and a!330 (not a!329))
      a!331
      a!333
      (and a!334 a!332)
      (and (and (= fault0.pc@8 #x02) a!316) (not a!336))
      (and (and (= fault0.pc@8 #x02) (not a!316)) (not a!336))
      (and (and (= migrate0.pc@8 #x0a) (= fault0.pc@8 #x03))
           (not (and a!337 a!338)))
      a!351
      (not a!352)
      (and (and (= fault0.pc@9 #x02) a!355) a!356)
      (not (and a!361 a!366))
      (and (= migrate0.pc@9 #x04) (not a!368))
      (and a!369 (not a!368))
      a!370
      a!372
      (and a!373 a!371)
      (and (and (= fault0.pc@9 #x02) a!355) (not a!375))
      (and (and (= fault0.pc@9 #x02) (not a!355)) (not a!375))
      (and (and (= migrate0.pc@9 #x0a) (= fault0.pc@9 #x03))
           (not (and a!376 a!377)))
      a!390
      (not a!391)
      (and (and (= fault0.pc@10 #x02) a!394) a!395)
      (not (and a!400 a!405))
      (and (= migrate0.pc@10 #x04) (not a!407))
      (and a!408 (not a!407))
      a!409
      a!411
      (and a!412 a!410)
      (and (and (= fault0.pc@10 #x02) a!394) (not a!414))
      (and (and (= fault0.pc@10 #x02) (not a!394)) (not a!414))
      (and (and (= migrate0.pc@10 #x0a) (= fault0.pc@10 #x03))
           (not (and a!415 a!416)))
      a!429
      (not a!430)
      (and (and (= fault0.pc@11 #x02) a!433) a!434)
      (not (and a!439 a!444))
      (and (= migrate0.pc@11 #x04) (not a!446))
      (and a!447 (not a!446))
      a!448
      a!450
      (and a!451 a!449)
      (and (and (= fault0.pc@11 #x02) a!433) (not a!453))
      (and (and (= fault0.pc@11 #x02) (not a!433)) (not a!453))
      (and (and (= migrate0.pc@11 #x0a) (= fault0.pc@11 #x03))
           (not (and a!454 a!455)))
      a!468
      (not a!469)
      (and (and (= fault0.pc@12 #x02) a!472) a!473)
      (not (and a!478 a!483))
      (and (= migrate0.pc@12 #x04) (not a!485))
      (and a!486 (not a!485))
      a!487
      a!489
      (and a!490 a!488)
      (and (and (= fault0.pc@12 #x02) a!472) (not a!492))
      (and (and (= fault0.pc@12 #x02) (not a!472)) (not a!492))
      (and (and (= migrate0.pc@12 #x0a) (= fault0.pc@12 #x03))
           (not (and a!493 a!494)))
      a!507))))))
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
           (let ((a!3 (ite (or (not (= fault0.page@11 #x00))
                               (not (= rule@11 #x16)))
                           |folio.node[F0]@11|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@11 #x15))
                               (not (= fault0.page@11 #x00)))
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
           (let ((a!7 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x00)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@11 #x08))
                               (not (= migrate0.newpage@11 #x00)))
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
           (let ((a!7 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
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
           (let ((a!6 (ite (or (not (= rule@11 #x0d))
                               (not (= migrate0.newpage@11 #x01)))
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
