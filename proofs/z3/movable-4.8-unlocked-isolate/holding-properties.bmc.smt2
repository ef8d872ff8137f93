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
(declare-fun |PG_movable[F0]@0| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@0| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@0| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@0| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@0| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@0| () (_ BitVec 8))
(declare-fun |driver.list[F0]@0| () (_ BitVec 8))
(declare-fun |driver.list[F1]@0| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@0| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@0| () (_ BitVec 8))
(declare-fun |driver.page[D0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@0| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@0| () (_ BitVec 8))
(declare-fun compact0.pc@0 () (_ BitVec 8))
(declare-fun compact0.ref@0 () (_ BitVec 8))
(declare-fun compact0.newpage@0 () (_ BitVec 8))
(declare-fun compact0.ok@0 () (_ BitVec 8))
(declare-fun driver0.pc@0 () (_ BitVec 8))
(declare-fun driver0.page@0 () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@1| () (_ BitVec 8))
(declare-fun |folio.index[F0]@1| () (_ BitVec 8))
(declare-fun |folio.index[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F1]@1| () (_ BitVec 8))
(declare-fun |folio.node[F0]@1| () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@1| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@1| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@1| () (_ BitVec 8))
(declare-fun |driver.list[F1]@1| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@1| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@2| () (_ BitVec 8))
(declare-fun |folio.index[F0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F1]@2| () (_ BitVec 8))
(declare-fun |folio.node[F0]@2| () (_ BitVec 8))
(declare-fun |folio.node[F1]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@2| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@2| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@3| () (_ BitVec 8))
(declare-fun |folio.index[F0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F1]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@3| () (_ BitVec 8))
(declare-fun |folio.node[F1]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@3| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@3| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@4| () (_ BitVec 8))
(declare-fun |folio.index[F0]@4| () (_ BitVec 8))
(declare-fun |folio.index[F1]@4| () (_ BitVec 8))
(declare-fun |folio.node[F0]@4| () (_ BitVec 8))
(declare-fun |folio.node[F1]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@4| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@4| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@5| () (_ BitVec 8))
(declare-fun |folio.index[F0]@5| () (_ BitVec 8))
(declare-fun |folio.index[F1]@5| () (_ BitVec 8))
(declare-fun |folio.node[F0]@5| () (_ BitVec 8))
(declare-fun |folio.node[F1]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@5| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@5| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@6| () (_ BitVec 8))
(declare-fun |folio.index[F0]@6| () (_ BitVec 8))
(declare-fun |folio.index[F1]@6| () (_ BitVec 8))
(declare-fun |folio.node[F0]@6| () (_ BitVec 8))
(declare-fun |folio.node[F1]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@6| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@6| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@6| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@7| () (_ BitVec 8))
(declare-fun |folio.index[F0]@7| () (_ BitVec 8))
(declare-fun |folio.index[F1]@7| () (_ BitVec 8))
(declare-fun |folio.node[F0]@7| () (_ BitVec 8))
(declare-fun |folio.node[F1]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@7| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@7| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@7| () (_ BitVec 8))
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
(declare-fun |PG_lru[F0]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@8| () (_ BitVec 8))
(declare-fun |folio.index[F0]@8| () (_ BitVec 8))
(declare-fun |folio.index[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun compact0.newpage@7 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun driver0.page@7 () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.node[F0]@8| () (_ BitVec 8))
(declare-fun |folio.node[F1]@8| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@8| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@7| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@7| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@8| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@7| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@7| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@8| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@7| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@7| () (_ BitVec 8))
(declare-fun |driver.list[F0]@8| () (_ BitVec 8))
(declare-fun |driver.list[F1]@7| () (_ BitVec 8))
(declare-fun |driver.list[F0]@7| () (_ BitVec 8))
(declare-fun |driver.list[F1]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@8| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@8| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@8| () (_ BitVec 8))
(declare-fun compact0.ok@8 () (_ BitVec 8))
(declare-fun compact0.ok@7 () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun compact0.newpage@6 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun driver0.page@6 () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun |driver.list[F1]@6| () (_ BitVec 8))
(declare-fun |driver.list[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun compact0.newpage@5 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun driver0.page@5 () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun |driver.list[F1]@5| () (_ BitVec 8))
(declare-fun |driver.list[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun compact0.newpage@4 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun driver0.page@4 () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun |driver.list[F1]@4| () (_ BitVec 8))
(declare-fun |driver.list[F0]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun compact0.newpage@3 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun driver0.page@3 () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun |driver.list[F1]@3| () (_ BitVec 8))
(declare-fun |driver.list[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun compact0.newpage@2 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun driver0.page@2 () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun |driver.list[F1]@2| () (_ BitVec 8))
(declare-fun |driver.list[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun compact0.newpage@1 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun driver0.page@1 () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun |driver.list[F0]@1| () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun driver0.pc@1 () (_ BitVec 8))
(declare-fun compact0.ok@1 () (_ BitVec 8))
(declare-fun compact0.ref@1 () (_ BitVec 8))
(declare-fun compact0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun |driver.page[D0]@1| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@1| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@1| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun driver0.pc@2 () (_ BitVec 8))
(declare-fun compact0.ok@2 () (_ BitVec 8))
(declare-fun compact0.ref@2 () (_ BitVec 8))
(declare-fun compact0.pc@2 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun |driver.page[D0]@2| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@2| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@2| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@2| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@2| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@2| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@2| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@2| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun driver0.pc@3 () (_ BitVec 8))
(declare-fun compact0.ok@3 () (_ BitVec 8))
(declare-fun compact0.ref@3 () (_ BitVec 8))
(declare-fun compact0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun |driver.page[D0]@3| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@3| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@3| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@3| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@3| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@3| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@3| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@3| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun driver0.pc@4 () (_ BitVec 8))
(declare-fun compact0.ok@4 () (_ BitVec 8))
(declare-fun compact0.ref@4 () (_ BitVec 8))
(declare-fun compact0.pc@4 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@4| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@4| () (_ BitVec 8))
(declare-fun |driver.page[D0]@4| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@4| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@4| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@4| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@4| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@4| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@4| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@4| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun driver0.pc@5 () (_ BitVec 8))
(declare-fun compact0.ok@5 () (_ BitVec 8))
(declare-fun compact0.ref@5 () (_ BitVec 8))
(declare-fun compact0.pc@5 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@5| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@5| () (_ BitVec 8))
(declare-fun |driver.page[D0]@5| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@5| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@5| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@5| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@5| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@5| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@5| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@5| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
(declare-fun driver0.pc@6 () (_ BitVec 8))
(declare-fun compact0.ok@6 () (_ BitVec 8))
(declare-fun compact0.ref@6 () (_ BitVec 8))
(declare-fun compact0.pc@6 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@6| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@6| () (_ BitVec 8))
(declare-fun |driver.page[D0]@6| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@6| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@6| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@6| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@6| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@6| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@6| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@6| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@6| () (_ BitVec 8))
(declare-fun |folio.used[F1]@6| () (_ BitVec 8))
(declare-fun driver0.pc@7 () (_ BitVec 8))
(declare-fun compact0.ref@7 () (_ BitVec 8))
(declare-fun compact0.pc@7 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@7| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@7| () (_ BitVec 8))
(declare-fun |driver.page[D0]@7| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@7| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F1]@7| () (_ BitVec 8))
(declare-fun driver0.page@8 () (_ BitVec 8))
(declare-fun driver0.pc@8 () (_ BitVec 8))
(declare-fun compact0.newpage@8 () (_ BitVec 8))
(declare-fun compact0.ref@8 () (_ BitVec 8))
(declare-fun compact0.pc@8 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@8| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@8| () (_ BitVec 8))
(declare-fun |driver.page[D0]@8| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@8| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@8| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@8| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@8| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun |folio.used[F1]@8| () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
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
     (= |PG_lru[F0]@0| #x00)
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
     (= |PG_movable[F0]@0| #x01)
     (= |PG_movable[F1]@0| #x00)
     (= |page.mapping(driver)[F0]@0| #x01)
     (= |page.mapping(driver)[F1]@0| #x00)
     (= |PG_isolated[F0]@0| #x00)
     (= |PG_isolated[F1]@0| #x00)
     (= |driver.list[F0]@0| #x01)
     (= |driver.list[F1]@0| #x00)
     (= |driver.owns[F0]@0| #x01)
     (= |driver.owns[F1]@0| #x00)
     (= |driver.page[D0]@0| #x00)
     (= |&mm->mmap_lock.writer[P0]@0| #x00)
     (= |&mm->mmap_lock.readers[P0]@0| #x00)
     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
     (= |&anon_vma->rwsem.readers[av0]@0| #x00)
     (= |ptlock_ptr(page)[P0]@0| #x00)
     (= |PG_locked[F0]@0| #x00)
     (= |PG_locked[F1]@0| #x00)
     (= |&b_dev_info->pages_lock[0]@0| #x00)
     (= compact0.pc@0 #x00)
     (= compact0.ref@0 #x00)
     (= compact0.newpage@0 #x02)
     (= compact0.ok@0 #x00)
     (= driver0.pc@0 #x00)
     (= driver0.page@0 #x02)))
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
     (bvule |PG_movable[F0]@0| #x01)
     (bvule |PG_movable[F1]@0| #x01)
     (bvule |page.mapping(driver)[F0]@0| #x01)
     (bvule |page.mapping(driver)[F1]@0| #x01)
     (bvule |PG_isolated[F0]@0| #x01)
     (bvule |PG_isolated[F1]@0| #x01)
     (bvule |driver.list[F0]@0| #x01)
     (bvule |driver.list[F1]@0| #x01)
     (bvule |driver.owns[F0]@0| #x01)
     (bvule |driver.owns[F1]@0| #x01)
     (bvule |driver.page[D0]@0| #x01)
     (bvule |&mm->mmap_lock.writer[P0]@0| #x02)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x02)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x02)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x02)
     (bvule |ptlock_ptr(page)[P0]@0| #x02)
     (bvule |PG_locked[F0]@0| #x02)
     (bvule |PG_locked[F1]@0| #x02)
     (bvule |&b_dev_info->pages_lock[0]@0| #x02)
     (bvule compact0.pc@0 #x0f)
     (bvule compact0.ref@0 #x01)
     (bvule compact0.newpage@0 #x02)
     (bvule compact0.ok@0 #x01)
     (bvule driver0.pc@0 #x03)
     (bvule driver0.page@0 #x02)))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@0| #x00))
                     (bvugt |folio.refcount[F0]@0| #x00))))
      (a!2 (and (= rule@0 #x03)
                (= compact0.pc@0 #x01)
                (not (not (= |PG_movable[F0]@0| #x00)))))
      (a!3 (and (= rule@0 #x04)
                (= compact0.pc@0 #x03)
                (not (= |PG_movable[F0]@0| #x00))
                (not (= |page.mapping(driver)[F0]@0| #x00))
                (not (not (= |PG_isolated[F0]@0| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@0| #x00))
                (not (= |page.mapping(driver)[F0]@0| #x00))
                (not (not (= |PG_isolated[F0]@0| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@0| #x00)))
               (not (not (= |folio.used[F1]@0| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@0| #x00))
                     (not (= |page.mapping(driver)[F0]@0| #x00)))))
      (a!7 (and (= rule@0 #x16)
                (= driver0.pc@0 #x00)
                (= |&b_dev_info->pages_lock[0]@0| #x00)
                (= (ite (= |driver.page[D0]@0| #x00)
                        |PG_locked[F0]@0|
                        |PG_locked[F1]@0|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!11 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!18 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                 (bvsub (ite (= driver0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F0]@0|))
      (a!25 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                 (bvsub (ite (= driver0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!29 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!30 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!36 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!37 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!43 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!44 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= driver0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!50 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!51 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!57 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!58 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!66 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!67 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |folio.node[F0]@0|
                      |folio.node[F1]@0|)))
      (a!74 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |PG_movable[F0]@0|
                      |PG_movable[F1]@0|)))
      (a!75 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |PG_movable[F0]@0|
                      |PG_movable[F1]@0|)))
      (a!82 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |page.mapping(driver)[F0]@0|
                      |page.mapping(driver)[F1]@0|)))
      (a!83 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |page.mapping(driver)[F0]@0|
                      |page.mapping(driver)[F1]@0|)))
      (a!91 (ite (= (ite (= compact0.newpage@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@0 #x00)
                      |PG_isolated[F0]@0|
                      |PG_isolated[F1]@0|)))
      (a!92 (ite (= (ite (= driver0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= driver0.page@0 #x00)
                      |PG_isolated[F0]@0|
                      |PG_isolated[F1]@0|)))
      (a!100 (ite (= (ite (= compact0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@0 #x00)
                       |driver.list[F0]@0|
                       |driver.list[F1]@0|)))
      (a!101 (ite (= (ite (= driver0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= driver0.page@0 #x00)
                       |driver.list[F0]@0|
                       |driver.list[F1]@0|)))
      (a!110 (ite (= (ite (= compact0.newpage@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@0 #x00)
                       |driver.owns[F0]@0|
                       |driver.owns[F1]@0|)))
      (a!111 (ite (= (ite (= driver0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= driver0.page@0 #x00)
                       |driver.owns[F0]@0|
                       |driver.owns[F1]@0|)))
      (a!119 (= |driver.page[D0]@1|
                (ite (and (= rule@0 #x0d) true)
                     compact0.newpage@0
                     |driver.page[D0]@0|)))
      (a!120 (ite (and (= rule@0 #x16) (= |driver.page[D0]@0| #x00))
                  #x02
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                       #x00
                       |PG_locked[F0]@0|)))
      (a!123 (ite (and (= rule@0 #x16) (= |driver.page[D0]@0| #x01))
                  #x02
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!124 (ite (and (= rule@0 #x14) true)
                  #x0e
                  (ite (and (= rule@0 #x15) true) #x0f compact0.pc@0)))
      (a!136 (ite (and (= rule@0 #x10) true)
                  #x00
                  (ite (and (= rule@0 #x15) true) #x00 compact0.ref@0)))
      (a!140 (ite (and (= rule@0 #x0d) true)
                  #x01
                  (ite (and (= rule@0 #x0e) true) #x00 compact0.ok@0)))
      (a!142 (ite (and (= rule@0 #x17) true)
                  #x02
                  (ite (and (= rule@0 #x18) true) #x03 driver0.pc@0)))
      (a!144 (ite (and (= rule@0 #x16) true)
                  |driver.page[D0]@0|
                  (ite (and (= rule@0 #x18) true) #x02 driver0.page@0))))
(let ((a!8 (or (and (= rule@0 #x00)
                    (= compact0.pc@0 #x00)
                    (not (= |folio.used[F0]@0| #x00))
                    (bvugt |folio.refcount[F0]@0| #x00))
               (and (= rule@0 #x01) (= compact0.pc@0 #x00) a!1)
               (and (= rule@0 #x02)
                    (= compact0.pc@0 #x01)
                    (not (= |PG_movable[F0]@0| #x00)))
               a!2
               a!3
               (and (= rule@0 #x05) (= compact0.pc@0 #x03) (not a!4))
               (and (= rule@0 #x06)
                    (= compact0.pc@0 #x04)
                    (= |&b_dev_info->pages_lock[0]@0| #x00))
               (and (= rule@0 #x07) (= compact0.pc@0 #x05))
               (and (= rule@0 #x08)
                    (= compact0.pc@0 #x06)
                    (not (= |folio.refcount[F0]@0| #x01))
                    a!5)
               (and (= rule@0 #x09)
                    (= compact0.pc@0 #x06)
                    (not (= |folio.refcount[F0]@0| #x01))
                    (not a!5))
               (and (= rule@0 #x0a)
                    (= compact0.pc@0 #x06)
                    (= |folio.refcount[F0]@0| #x01)
                    (= |PG_locked[F0]@0| #x00))
               (and (= rule@0 #x0b)
                    (= compact0.pc@0 #x07)
                    (= |PG_locked[F0]@0| #x00))
               (and (= rule@0 #x0c) (= compact0.pc@0 #x08) a!6)
               (and (= rule@0 #x0d)
                    (= compact0.pc@0 #x08)
                    (not (= |PG_movable[F0]@0| #x00))
                    (not (= |page.mapping(driver)[F0]@0| #x00))
                    (= |&b_dev_info->pages_lock[0]@0| #x00))
               (and (= rule@0 #x0e)
                    (= compact0.pc@0 #x08)
                    (not (= |PG_movable[F0]@0| #x00))
                    (not (= |page.mapping(driver)[F0]@0| #x00)))
               (and (= rule@0 #x0f) (= compact0.pc@0 #x09))
               (and (= rule@0 #x10) (= compact0.pc@0 #x0a))
               (and (= rule@0 #x11) (= compact0.pc@0 #x0b))
               (and (= rule@0 #x12)
                    (= compact0.pc@0 #x0c)
                    (= |PG_locked[F0]@0| #x00))
               (and (= rule@0 #x13)
                    (= compact0.pc@0 #x0d)
                    (not (= |PG_movable[F0]@0| #x00))
                    (not (= |page.mapping(driver)[F0]@0| #x00))
                    (= |&b_dev_info->pages_lock[0]@0| #x00))
               (and (= rule@0 #x14) (= compact0.pc@0 #x0d) a!6)
               (and (= rule@0 #x15) (= compact0.pc@0 #x0e))
               a!7
               (and (= rule@0 #x17) (= driver0.pc@0 #x01))
               (and (= rule@0 #x18) (= driver0.pc@0 #x02))))
      (a!12 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!11
                      |folio.used[F0]@0|)))
      (a!16 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!10
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!11
                      |folio.used[F1]@0|)))
      (a!19 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                 (bvsub (ite (= compact0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x15) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 (bvsub (ite (= compact0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!30
                      |PG_lru[F0]@0|)))
      (a!35 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!29
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!30
                      |PG_lru[F1]@0|)))
      (a!38 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@0|)))
      (a!42 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!36
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@0|)))
      (a!45 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!44
                      |folio.mapping[F0]@0|)))
      (a!49 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!43
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!44
                      |folio.mapping[F1]@0|)))
      (a!52 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!51
                      |folio.index[F0]@0|)))
      (a!56 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!50
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!51
                      |folio.index[F1]@0|)))
      (a!59 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!58
                      |folio.data[F0]@0|)))
      (a!64 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!58
                      |folio.data[F1]@0|)))
      (a!68 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!67
                      |folio.node[F0]@0|)))
      (a!72 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!66
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!67
                      |folio.node[F1]@0|)))
      (a!76 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_movable[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!75
                      |PG_movable[F0]@0|)))
      (a!80 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!74
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!75
                      |PG_movable[F1]@0|)))
      (a!84 (ite (and (= rule@0 #x17) (= driver0.page@0 #x00))
                 #x00
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!83
                      |page.mapping(driver)[F0]@0|)))
      (a!89 (ite (and (= rule@0 #x17) (= driver0.page@0 #x01))
                 #x00
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!83
                      |page.mapping(driver)[F1]@0|)))
      (a!93 (ite (and (= rule@0 #x15) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_isolated[F0]@0|)
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                      a!92
                      |PG_isolated[F0]@0|)))
      (a!99 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                 a!91
                 (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                      a!92
                      |PG_isolated[F1]@0|)))
      (a!102 (ite (and (= rule@0 #x17) (= driver0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                       a!101
                       |driver.list[F0]@0|)))
      (a!108 (ite (and (= rule@0 #x17) (= driver0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                       a!101
                       |driver.list[F1]@0|)))
      (a!112 (ite (and (= rule@0 #x17) (= driver0.page@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x00))
                       a!111
                       |driver.owns[F0]@0|)))
      (a!117 (ite (and (= rule@0 #x17) (= driver0.page@0 #x01))
                  #x00
                  (ite (and (= rule@0 #x18) (= driver0.page@0 #x01))
                       a!111
                       |driver.owns[F1]@0|)))
      (a!121 (ite (and (= rule@0 #x12) true)
                  #x01
                  (ite (and (= rule@0 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@0 #x12) true)
                  #x0d
                  (ite (and (= rule@0 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@0 #x05) true)
                  #x00
                  (ite (and (= rule@0 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@0 #x08) true)
                  a!9
                  (ite (and (= rule@0 #x11) true) #x02 compact0.newpage@0)))
      (a!141 (= compact0.ok@1 (ite (and (= rule@0 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@1 (ite (and (= rule@0 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@1|
               (ite (and (= rule@0 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@0 #x0d) true)
                 (ite (not (= |driver.owns[F0]@0| #x00))
                      (bvsub |folio.refcount[F0]@0| #x01)
                      |folio.refcount[F0]@0|)
                 (ite (and (= rule@0 #x10) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01))
                 (bvadd (ite (= compact0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@0 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01))
                      |folio.data[F0]@0|
                      a!64)))
      (a!69 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@1|
               (ite (and (= rule@0 #x08) (= a!9 #x01)) |folio.node[F0]@0| a!72)))
      (a!77 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_movable[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@1|
               (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x15) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(driver)[F0]@0|)
                      a!84)))
      (a!90 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01))
                 #x01
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@0 #x13) true)
                 #x00
                 (ite (and (= rule@0 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@0 #x13) true)
                  #x01
                  (ite (and (= rule@0 #x15) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |driver.list[F0]@0|)
                       a!102)))
      (a!109 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01))
                  #x01
                  (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                  a!110
                  (ite (and (= rule@0 #x15) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |driver.owns[F0]@0|)
                       a!112)))
      (a!118 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x01))
                  #x01
                  (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@0 #x11) true)
                  (ite (not (= compact0.ok@0 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@0 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!13)))
      (a!21 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                 (bvadd (ite (= compact0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@1|
               (ite (and (= rule@0 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@0 #x05) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                      a!32)))
      (a!40 (ite (and (= rule@0 #x05) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!39)))
      (a!47 (ite (and (= rule@0 #x05) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!46)))
      (a!54 (ite (and (= rule@0 #x05) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!53)))
      (a!61 (ite (and (= rule@0 #x0a) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                      |folio.data[F0]@0|
                      a!60)))
      (a!70 (ite (and (= rule@0 #x08) (= a!9 #x00))
                 |folio.node[F0]@0|
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      a!69)))
      (a!78 (ite (and (= rule@0 #x0a) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_movable[F0]@0|)
                 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@0 #x0d) true)
                 #x00
                 (ite (and (= rule@0 #x10) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(driver)[F0]@0|)
                      a!85)))
      (a!95 (ite (and (= rule@0 #x10) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_isolated[F0]@0|)
                 (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@0 #x10) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |driver.list[F0]@0|)
                  (ite (and (= rule@0 #x11) (= compact0.newpage@0 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@0 #x0d) true)
                  #x00
                  (ite (and (= rule@0 #x10) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |driver.owns[F0]@0|)
                       a!113)))
      (a!127 (ite (and (= rule@0 #x0f) true)
                  (ite (not (= compact0.ok@0 #x00)) #x0a #x0b)
                  (ite (and (= rule@0 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@0 #x03) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x05) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!14)))
      (a!22 (ite (and (= rule@0 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@0 #x0a) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@1|
               (ite (and (= rule@0 #x03) true)
                    (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x03) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@0|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@1|
               (ite (and (= rule@0 #x03) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x01
                         |folio.mapping[F0]@0|)
                    a!47)))
      (a!55 (= |folio.index[F0]@1|
               (ite (and (= rule@0 #x03) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |folio.index[F0]@0|)
                    a!54)))
      (a!62 (ite (and (= rule@0 #x05) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                 (ite (and (= rule@0 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@0 #x03) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                 (ite (and (= rule@0 #x05) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.node[F0]@0|)
                      a!70)))
      (a!79 (ite (and (= rule@0 #x03) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_movable[F0]@0|)
                 (ite (and (= rule@0 #x05) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_movable[F0]@0|)
                      a!78)))
      (a!87 (ite (and (= rule@0 #x0a) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(driver)[F0]@0|)
                 (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@0 #x0c) true)
                 #x00
                 (ite (and (= rule@0 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@0 #x0a) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |driver.list[F0]@0|)
                  (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@0 #x0a) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |driver.owns[F0]@0|)
                  (ite (and (= rule@0 #x0d) (= compact0.newpage@0 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@0 #x0d) true)
                  #x09
                  (ite (and (= rule@0 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@0 #x03) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x05) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@1|
               (ite (and (= rule@0 #x03) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |folio.data[F0]@0|)
                    a!62)))
      (a!88 (ite (and (= rule@0 #x03) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |page.mapping(driver)[F0]@0|)
                 (ite (and (= rule@0 #x05) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |page.mapping(driver)[F0]@0|)
                      a!87)))
      (a!97 (ite (and (= rule@0 #x07) true)
                 #x01
                 (ite (and (= rule@0 #x0a) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@0|))
                      a!96)))
      (a!106 (ite (and (= rule@0 #x05) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |driver.list[F0]@0|)
                  (ite (and (= rule@0 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@0 #x03) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |driver.owns[F0]@0|)
                  (ite (and (= rule@0 #x05) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |driver.owns[F0]@0|)
                       a!115)))
      (a!129 (ite (and (= rule@0 #x0b) true)
                  #x08
                  (ite (and (= rule@0 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@1|
               (ite (and (= rule@0 #x00) true)
                    (bvadd |folio.refcount[F0]@0| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@0 #x03) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_isolated[F0]@0|)
                 (ite (and (= rule@0 #x05) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_isolated[F0]@0|)
                      a!97)))
      (a!107 (= |driver.list[F0]@1|
                (ite (and (= rule@0 #x03) true)
                     (ite (= |folio.refcount[F0]@0| #x01)
                          #x00
                          |driver.list[F0]@0|)
                     a!106)))
      (a!130 (ite (and (= rule@0 #x09) true)
                  #x0c
                  (ite (and (= rule@0 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@0 #x07) true)
                  #x06
                  (ite (and (= rule@0 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@0 #x05) true)
                  #x0f
                  (ite (and (= rule@0 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@0 #x03) true)
                  #x0f
                  (ite (and (= rule@0 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@0 #x01) true)
                  #x0f
                  (ite (and (= rule@0 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@1 (ite (and (= rule@0 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| |pte[P0][0]@0|)
       (= |pte.folio[P0][0]@1| |pte.folio[P0][0]@0|)
       (= |pte.write[P0][0]@1| |pte.write[P0][0]@0|)
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| |anon_vma.refcount[av0]@0|)
       (= |folio.used[F0]@1| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@1| |folio.mapcount[F0]@0|)
       (= |folio.mapcount[F1]@1| |folio.mapcount[F1]@0|)
       a!34
       (= |PG_lru[F1]@1| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@1| a!42)
       a!48
       (= |folio.mapping[F1]@1| a!49)
       a!55
       (= |folio.index[F1]@1| a!56)
       a!63
       (= |folio.data[F1]@1| a!65)
       (= |folio.node[F0]@1| a!71)
       a!73
       (= |PG_movable[F0]@1| a!79)
       a!81
       (= |page.mapping(driver)[F0]@1| a!88)
       (= |page.mapping(driver)[F1]@1| a!90)
       (= |PG_isolated[F0]@1| a!98)
       (= |PG_isolated[F1]@1| a!99)
       a!107
       (= |driver.list[F1]@1| a!109)
       (= |driver.owns[F0]@1| a!116)
       (= |driver.owns[F1]@1| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| |&anon_vma->rwsem.readers[av0]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |PG_locked[F0]@1| a!122)
       (= |PG_locked[F1]@1| a!123)
       (= |&b_dev_info->pages_lock[0]@1| |&b_dev_info->pages_lock[0]@0|)
       a!135
       (= compact0.ref@1 a!138)
       (= compact0.newpage@1 a!139)
       a!141
       a!143
       (= driver0.page@1 a!144)
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
       (bvule |PG_movable[F0]@1| #x01)
       (bvule |PG_movable[F1]@1| #x01)
       (bvule |page.mapping(driver)[F0]@1| #x01)
       (bvule |page.mapping(driver)[F1]@1| #x01)
       (bvule |PG_isolated[F0]@1| #x01)
       (bvule |PG_isolated[F1]@1| #x01)
       (bvule |driver.list[F0]@1| #x01)
       (bvule |driver.list[F1]@1| #x01)
       (bvule |driver.owns[F0]@1| #x01)
       (bvule |driver.owns[F1]@1| #x01)
       (bvule |driver.page[D0]@1| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@1| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x02)
       (bvule |ptlock_ptr(page)[P0]@1| #x02)
       (bvule |PG_locked[F0]@1| #x02)
       (bvule |PG_locked[F1]@1| #x02)
       (bvule |&b_dev_info->pages_lock[0]@1| #x02)
       (bvule compact0.pc@1 #x0f)
       (bvule compact0.ref@1 #x01)
       (bvule compact0.newpage@1 #x02)
       (bvule compact0.ok@1 #x01)
       (bvule driver0.pc@1 #x03)
       (bvule driver0.page@1 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@1| #x00))
                     (bvugt |folio.refcount[F0]@1| #x00))))
      (a!2 (and (= rule@1 #x03)
                (= compact0.pc@1 #x01)
                (not (not (= |PG_movable[F0]@1| #x00)))))
      (a!3 (and (= rule@1 #x04)
                (= compact0.pc@1 #x03)
                (not (= |PG_movable[F0]@1| #x00))
                (not (= |page.mapping(driver)[F0]@1| #x00))
                (not (not (= |PG_isolated[F0]@1| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@1| #x00))
                (not (= |page.mapping(driver)[F0]@1| #x00))
                (not (not (= |PG_isolated[F0]@1| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@1| #x00)))
               (not (not (= |folio.used[F1]@1| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@1| #x00))
                     (not (= |page.mapping(driver)[F0]@1| #x00)))))
      (a!7 (and (= rule@1 #x16)
                (= driver0.pc@1 #x00)
                (= |&b_dev_info->pages_lock[0]@1| #x00)
                (= (ite (= |driver.page[D0]@1| #x00)
                        |PG_locked[F0]@1|
                        |PG_locked[F1]@1|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!11 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!18 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                 (bvsub (ite (= driver0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F0]@1|))
      (a!25 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                 (bvsub (ite (= driver0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!29 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!30 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!36 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!37 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!43 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!44 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= driver0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!50 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!51 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!57 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!58 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!66 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!67 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |folio.node[F0]@1|
                      |folio.node[F1]@1|)))
      (a!74 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |PG_movable[F0]@1|
                      |PG_movable[F1]@1|)))
      (a!75 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |PG_movable[F0]@1|
                      |PG_movable[F1]@1|)))
      (a!82 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |page.mapping(driver)[F0]@1|
                      |page.mapping(driver)[F1]@1|)))
      (a!83 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |page.mapping(driver)[F0]@1|
                      |page.mapping(driver)[F1]@1|)))
      (a!91 (ite (= (ite (= compact0.newpage@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@1 #x00)
                      |PG_isolated[F0]@1|
                      |PG_isolated[F1]@1|)))
      (a!92 (ite (= (ite (= driver0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= driver0.page@1 #x00)
                      |PG_isolated[F0]@1|
                      |PG_isolated[F1]@1|)))
      (a!100 (ite (= (ite (= compact0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@1 #x00)
                       |driver.list[F0]@1|
                       |driver.list[F1]@1|)))
      (a!101 (ite (= (ite (= driver0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= driver0.page@1 #x00)
                       |driver.list[F0]@1|
                       |driver.list[F1]@1|)))
      (a!110 (ite (= (ite (= compact0.newpage@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@1 #x00)
                       |driver.owns[F0]@1|
                       |driver.owns[F1]@1|)))
      (a!111 (ite (= (ite (= driver0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= driver0.page@1 #x00)
                       |driver.owns[F0]@1|
                       |driver.owns[F1]@1|)))
      (a!119 (= |driver.page[D0]@2|
                (ite (and (= rule@1 #x0d) true)
                     compact0.newpage@1
                     |driver.page[D0]@1|)))
      (a!120 (ite (and (= rule@1 #x16) (= |driver.page[D0]@1| #x00))
                  #x02
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                       #x00
                       |PG_locked[F0]@1|)))
      (a!123 (ite (and (= rule@1 #x16) (= |driver.page[D0]@1| #x01))
                  #x02
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!124 (ite (and (= rule@1 #x14) true)
                  #x0e
                  (ite (and (= rule@1 #x15) true) #x0f compact0.pc@1)))
      (a!136 (ite (and (= rule@1 #x10) true)
                  #x00
                  (ite (and (= rule@1 #x15) true) #x00 compact0.ref@1)))
      (a!140 (ite (and (= rule@1 #x0d) true)
                  #x01
                  (ite (and (= rule@1 #x0e) true) #x00 compact0.ok@1)))
      (a!142 (ite (and (= rule@1 #x17) true)
                  #x02
                  (ite (and (= rule@1 #x18) true) #x03 driver0.pc@1)))
      (a!144 (ite (and (= rule@1 #x16) true)
                  |driver.page[D0]@1|
                  (ite (and (= rule@1 #x18) true) #x02 driver0.page@1))))
(let ((a!8 (or (and (= rule@1 #x00)
                    (= compact0.pc@1 #x00)
                    (not (= |folio.used[F0]@1| #x00))
                    (bvugt |folio.refcount[F0]@1| #x00))
               (and (= rule@1 #x01) (= compact0.pc@1 #x00) a!1)
               (and (= rule@1 #x02)
                    (= compact0.pc@1 #x01)
                    (not (= |PG_movable[F0]@1| #x00)))
               a!2
               a!3
               (and (= rule@1 #x05) (= compact0.pc@1 #x03) (not a!4))
               (and (= rule@1 #x06)
                    (= compact0.pc@1 #x04)
                    (= |&b_dev_info->pages_lock[0]@1| #x00))
               (and (= rule@1 #x07) (= compact0.pc@1 #x05))
               (and (= rule@1 #x08)
                    (= compact0.pc@1 #x06)
                    (not (= |folio.refcount[F0]@1| #x01))
                    a!5)
               (and (= rule@1 #x09)
                    (= compact0.pc@1 #x06)
                    (not (= |folio.refcount[F0]@1| #x01))
                    (not a!5))
               (and (= rule@1 #x0a)
                    (= compact0.pc@1 #x06)
                    (= |folio.refcount[F0]@1| #x01)
                    (= |PG_locked[F0]@1| #x00))
               (and (= rule@1 #x0b)
                    (= compact0.pc@1 #x07)
                    (= |PG_locked[F0]@1| #x00))
               (and (= rule@1 #x0c) (= compact0.pc@1 #x08) a!6)
               (and (= rule@1 #x0d)
                    (= compact0.pc@1 #x08)
                    (not (= |PG_movable[F0]@1| #x00))
                    (not (= |page.mapping(driver)[F0]@1| #x00))
                    (= |&b_dev_info->pages_lock[0]@1| #x00))
               (and (= rule@1 #x0e)
                    (= compact0.pc@1 #x08)
                    (not (= |PG_movable[F0]@1| #x00))
                    (not (= |page.mapping(driver)[F0]@1| #x00)))
               (and (= rule@1 #x0f) (= compact0.pc@1 #x09))
               (and (= rule@1 #x10) (= compact0.pc@1 #x0a))
               (and (= rule@1 #x11) (= compact0.pc@1 #x0b))
               (and (= rule@1 #x12)
                    (= compact0.pc@1 #x0c)
                    (= |PG_locked[F0]@1| #x00))
               (and (= rule@1 #x13)
                    (= compact0.pc@1 #x0d)
                    (not (= |PG_movable[F0]@1| #x00))
                    (not (= |page.mapping(driver)[F0]@1| #x00))
                    (= |&b_dev_info->pages_lock[0]@1| #x00))
               (and (= rule@1 #x14) (= compact0.pc@1 #x0d) a!6)
               (and (= rule@1 #x15) (= compact0.pc@1 #x0e))
               a!7
               (and (= rule@1 #x17) (= driver0.pc@1 #x01))
               (and (= rule@1 #x18) (= driver0.pc@1 #x02))))
      (a!12 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!11
                      |folio.used[F0]@1|)))
      (a!16 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!10
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!11
                      |folio.used[F1]@1|)))
      (a!19 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                 (bvsub (ite (= compact0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x15) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 (bvsub (ite (= compact0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!30
                      |PG_lru[F0]@1|)))
      (a!35 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!29
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!30
                      |PG_lru[F1]@1|)))
      (a!38 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@1|)))
      (a!42 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!36
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@1|)))
      (a!45 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!44
                      |folio.mapping[F0]@1|)))
      (a!49 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!43
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!44
                      |folio.mapping[F1]@1|)))
      (a!52 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!51
                      |folio.index[F0]@1|)))
      (a!56 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!50
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!51
                      |folio.index[F1]@1|)))
      (a!59 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!58
                      |folio.data[F0]@1|)))
      (a!64 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!58
                      |folio.data[F1]@1|)))
      (a!68 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!67
                      |folio.node[F0]@1|)))
      (a!72 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!66
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!67
                      |folio.node[F1]@1|)))
      (a!76 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_movable[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!75
                      |PG_movable[F0]@1|)))
      (a!80 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!74
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!75
                      |PG_movable[F1]@1|)))
      (a!84 (ite (and (= rule@1 #x17) (= driver0.page@1 #x00))
                 #x00
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!83
                      |page.mapping(driver)[F0]@1|)))
      (a!89 (ite (and (= rule@1 #x17) (= driver0.page@1 #x01))
                 #x00
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!83
                      |page.mapping(driver)[F1]@1|)))
      (a!93 (ite (and (= rule@1 #x15) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_isolated[F0]@1|)
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                      a!92
                      |PG_isolated[F0]@1|)))
      (a!99 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                 a!91
                 (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                      a!92
                      |PG_isolated[F1]@1|)))
      (a!102 (ite (and (= rule@1 #x17) (= driver0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                       a!101
                       |driver.list[F0]@1|)))
      (a!108 (ite (and (= rule@1 #x17) (= driver0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                       a!101
                       |driver.list[F1]@1|)))
      (a!112 (ite (and (= rule@1 #x17) (= driver0.page@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x00))
                       a!111
                       |driver.owns[F0]@1|)))
      (a!117 (ite (and (= rule@1 #x17) (= driver0.page@1 #x01))
                  #x00
                  (ite (and (= rule@1 #x18) (= driver0.page@1 #x01))
                       a!111
                       |driver.owns[F1]@1|)))
      (a!121 (ite (and (= rule@1 #x12) true)
                  #x01
                  (ite (and (= rule@1 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@1 #x12) true)
                  #x0d
                  (ite (and (= rule@1 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@1 #x05) true)
                  #x00
                  (ite (and (= rule@1 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@1 #x08) true)
                  a!9
                  (ite (and (= rule@1 #x11) true) #x02 compact0.newpage@1)))
      (a!141 (= compact0.ok@2 (ite (and (= rule@1 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@2 (ite (and (= rule@1 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@2|
               (ite (and (= rule@1 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@1 #x0d) true)
                 (ite (not (= |driver.owns[F0]@1| #x00))
                      (bvsub |folio.refcount[F0]@1| #x01)
                      |folio.refcount[F0]@1|)
                 (ite (and (= rule@1 #x10) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01))
                 (bvadd (ite (= compact0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@1 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01))
                      |folio.data[F0]@1|
                      a!64)))
      (a!69 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@2|
               (ite (and (= rule@1 #x08) (= a!9 #x01)) |folio.node[F0]@1| a!72)))
      (a!77 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_movable[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@2|
               (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x15) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(driver)[F0]@1|)
                      a!84)))
      (a!90 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01))
                 #x01
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@1 #x13) true)
                 #x00
                 (ite (and (= rule@1 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@1 #x13) true)
                  #x01
                  (ite (and (= rule@1 #x15) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |driver.list[F0]@1|)
                       a!102)))
      (a!109 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01))
                  #x01
                  (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                  a!110
                  (ite (and (= rule@1 #x15) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |driver.owns[F0]@1|)
                       a!112)))
      (a!118 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x01))
                  #x01
                  (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@1 #x11) true)
                  (ite (not (= compact0.ok@1 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@1 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!13)))
      (a!21 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                 (bvadd (ite (= compact0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@2|
               (ite (and (= rule@1 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@1 #x05) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                      a!32)))
      (a!40 (ite (and (= rule@1 #x05) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!39)))
      (a!47 (ite (and (= rule@1 #x05) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!46)))
      (a!54 (ite (and (= rule@1 #x05) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!53)))
      (a!61 (ite (and (= rule@1 #x0a) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                      |folio.data[F0]@1|
                      a!60)))
      (a!70 (ite (and (= rule@1 #x08) (= a!9 #x00))
                 |folio.node[F0]@1|
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      a!69)))
      (a!78 (ite (and (= rule@1 #x0a) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_movable[F0]@1|)
                 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@1 #x0d) true)
                 #x00
                 (ite (and (= rule@1 #x10) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(driver)[F0]@1|)
                      a!85)))
      (a!95 (ite (and (= rule@1 #x10) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_isolated[F0]@1|)
                 (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@1 #x10) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.list[F0]@1|)
                  (ite (and (= rule@1 #x11) (= compact0.newpage@1 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@1 #x0d) true)
                  #x00
                  (ite (and (= rule@1 #x10) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |driver.owns[F0]@1|)
                       a!113)))
      (a!127 (ite (and (= rule@1 #x0f) true)
                  (ite (not (= compact0.ok@1 #x00)) #x0a #x0b)
                  (ite (and (= rule@1 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@1 #x03) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x05) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!14)))
      (a!22 (ite (and (= rule@1 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@1 #x0a) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@2|
               (ite (and (= rule@1 #x03) true)
                    (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x03) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@1|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@2|
               (ite (and (= rule@1 #x03) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x01
                         |folio.mapping[F0]@1|)
                    a!47)))
      (a!55 (= |folio.index[F0]@2|
               (ite (and (= rule@1 #x03) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |folio.index[F0]@1|)
                    a!54)))
      (a!62 (ite (and (= rule@1 #x05) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                 (ite (and (= rule@1 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@1 #x03) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                 (ite (and (= rule@1 #x05) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.node[F0]@1|)
                      a!70)))
      (a!79 (ite (and (= rule@1 #x03) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_movable[F0]@1|)
                 (ite (and (= rule@1 #x05) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_movable[F0]@1|)
                      a!78)))
      (a!87 (ite (and (= rule@1 #x0a) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(driver)[F0]@1|)
                 (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@1 #x0c) true)
                 #x00
                 (ite (and (= rule@1 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@1 #x0a) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.list[F0]@1|)
                  (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@1 #x0a) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.owns[F0]@1|)
                  (ite (and (= rule@1 #x0d) (= compact0.newpage@1 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@1 #x0d) true)
                  #x09
                  (ite (and (= rule@1 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@1 #x03) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x05) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@2|
               (ite (and (= rule@1 #x03) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |folio.data[F0]@1|)
                    a!62)))
      (a!88 (ite (and (= rule@1 #x03) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |page.mapping(driver)[F0]@1|)
                 (ite (and (= rule@1 #x05) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |page.mapping(driver)[F0]@1|)
                      a!87)))
      (a!97 (ite (and (= rule@1 #x07) true)
                 #x01
                 (ite (and (= rule@1 #x0a) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@1|))
                      a!96)))
      (a!106 (ite (and (= rule@1 #x05) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.list[F0]@1|)
                  (ite (and (= rule@1 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@1 #x03) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.owns[F0]@1|)
                  (ite (and (= rule@1 #x05) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |driver.owns[F0]@1|)
                       a!115)))
      (a!129 (ite (and (= rule@1 #x0b) true)
                  #x08
                  (ite (and (= rule@1 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@2|
               (ite (and (= rule@1 #x00) true)
                    (bvadd |folio.refcount[F0]@1| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@1 #x03) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_isolated[F0]@1|)
                 (ite (and (= rule@1 #x05) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_isolated[F0]@1|)
                      a!97)))
      (a!107 (= |driver.list[F0]@2|
                (ite (and (= rule@1 #x03) true)
                     (ite (= |folio.refcount[F0]@1| #x01)
                          #x00
                          |driver.list[F0]@1|)
                     a!106)))
      (a!130 (ite (and (= rule@1 #x09) true)
                  #x0c
                  (ite (and (= rule@1 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@1 #x07) true)
                  #x06
                  (ite (and (= rule@1 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@1 #x05) true)
                  #x0f
                  (ite (and (= rule@1 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@1 #x03) true)
                  #x0f
                  (ite (and (= rule@1 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@1 #x01) true)
                  #x0f
                  (ite (and (= rule@1 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@2 (ite (and (= rule@1 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| |pte[P0][0]@1|)
       (= |pte.folio[P0][0]@2| |pte.folio[P0][0]@1|)
       (= |pte.write[P0][0]@2| |pte.write[P0][0]@1|)
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| |anon_vma.refcount[av0]@1|)
       (= |folio.used[F0]@2| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@2| |folio.mapcount[F0]@1|)
       (= |folio.mapcount[F1]@2| |folio.mapcount[F1]@1|)
       a!34
       (= |PG_lru[F1]@2| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@2| a!42)
       a!48
       (= |folio.mapping[F1]@2| a!49)
       a!55
       (= |folio.index[F1]@2| a!56)
       a!63
       (= |folio.data[F1]@2| a!65)
       (= |folio.node[F0]@2| a!71)
       a!73
       (= |PG_movable[F0]@2| a!79)
       a!81
       (= |page.mapping(driver)[F0]@2| a!88)
       (= |page.mapping(driver)[F1]@2| a!90)
       (= |PG_isolated[F0]@2| a!98)
       (= |PG_isolated[F1]@2| a!99)
       a!107
       (= |driver.list[F1]@2| a!109)
       (= |driver.owns[F0]@2| a!116)
       (= |driver.owns[F1]@2| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| |&anon_vma->rwsem.readers[av0]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |PG_locked[F0]@2| a!122)
       (= |PG_locked[F1]@2| a!123)
       (= |&b_dev_info->pages_lock[0]@2| |&b_dev_info->pages_lock[0]@1|)
       a!135
       (= compact0.ref@2 a!138)
       (= compact0.newpage@2 a!139)
       a!141
       a!143
       (= driver0.page@2 a!144)
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
       (bvule |PG_movable[F0]@2| #x01)
       (bvule |PG_movable[F1]@2| #x01)
       (bvule |page.mapping(driver)[F0]@2| #x01)
       (bvule |page.mapping(driver)[F1]@2| #x01)
       (bvule |PG_isolated[F0]@2| #x01)
       (bvule |PG_isolated[F1]@2| #x01)
       (bvule |driver.list[F0]@2| #x01)
       (bvule |driver.list[F1]@2| #x01)
       (bvule |driver.owns[F0]@2| #x01)
       (bvule |driver.owns[F1]@2| #x01)
       (bvule |driver.page[D0]@2| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@2| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x02)
       (bvule |ptlock_ptr(page)[P0]@2| #x02)
       (bvule |PG_locked[F0]@2| #x02)
       (bvule |PG_locked[F1]@2| #x02)
       (bvule |&b_dev_info->pages_lock[0]@2| #x02)
       (bvule compact0.pc@2 #x0f)
       (bvule compact0.ref@2 #x01)
       (bvule compact0.newpage@2 #x02)
       (bvule compact0.ok@2 #x01)
       (bvule driver0.pc@2 #x03)
       (bvule driver0.page@2 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@2| #x00))
                     (bvugt |folio.refcount[F0]@2| #x00))))
      (a!2 (and (= rule@2 #x03)
                (= compact0.pc@2 #x01)
                (not (not (= |PG_movable[F0]@2| #x00)))))
      (a!3 (and (= rule@2 #x04)
                (= compact0.pc@2 #x03)
                (not (= |PG_movable[F0]@2| #x00))
                (not (= |page.mapping(driver)[F0]@2| #x00))
                (not (not (= |PG_isolated[F0]@2| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@2| #x00))
                (not (= |page.mapping(driver)[F0]@2| #x00))
                (not (not (= |PG_isolated[F0]@2| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@2| #x00)))
               (not (not (= |folio.used[F1]@2| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@2| #x00))
                     (not (= |page.mapping(driver)[F0]@2| #x00)))))
      (a!7 (and (= rule@2 #x16)
                (= driver0.pc@2 #x00)
                (= |&b_dev_info->pages_lock[0]@2| #x00)
                (= (ite (= |driver.page[D0]@2| #x00)
                        |PG_locked[F0]@2|
                        |PG_locked[F1]@2|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!11 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!18 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                 (bvsub (ite (= driver0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F0]@2|))
      (a!25 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                 (bvsub (ite (= driver0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!29 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!30 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!36 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!37 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!43 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!44 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= driver0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!50 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!51 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!57 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!58 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!66 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!67 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |folio.node[F0]@2|
                      |folio.node[F1]@2|)))
      (a!74 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |PG_movable[F0]@2|
                      |PG_movable[F1]@2|)))
      (a!75 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |PG_movable[F0]@2|
                      |PG_movable[F1]@2|)))
      (a!82 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |page.mapping(driver)[F0]@2|
                      |page.mapping(driver)[F1]@2|)))
      (a!83 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |page.mapping(driver)[F0]@2|
                      |page.mapping(driver)[F1]@2|)))
      (a!91 (ite (= (ite (= compact0.newpage@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@2 #x00)
                      |PG_isolated[F0]@2|
                      |PG_isolated[F1]@2|)))
      (a!92 (ite (= (ite (= driver0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= driver0.page@2 #x00)
                      |PG_isolated[F0]@2|
                      |PG_isolated[F1]@2|)))
      (a!100 (ite (= (ite (= compact0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@2 #x00)
                       |driver.list[F0]@2|
                       |driver.list[F1]@2|)))
      (a!101 (ite (= (ite (= driver0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= driver0.page@2 #x00)
                       |driver.list[F0]@2|
                       |driver.list[F1]@2|)))
      (a!110 (ite (= (ite (= compact0.newpage@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@2 #x00)
                       |driver.owns[F0]@2|
                       |driver.owns[F1]@2|)))
      (a!111 (ite (= (ite (= driver0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= driver0.page@2 #x00)
                       |driver.owns[F0]@2|
                       |driver.owns[F1]@2|)))
      (a!119 (= |driver.page[D0]@3|
                (ite (and (= rule@2 #x0d) true)
                     compact0.newpage@2
                     |driver.page[D0]@2|)))
      (a!120 (ite (and (= rule@2 #x16) (= |driver.page[D0]@2| #x00))
                  #x02
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                       #x00
                       |PG_locked[F0]@2|)))
      (a!123 (ite (and (= rule@2 #x16) (= |driver.page[D0]@2| #x01))
                  #x02
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!124 (ite (and (= rule@2 #x14) true)
                  #x0e
                  (ite (and (= rule@2 #x15) true) #x0f compact0.pc@2)))
      (a!136 (ite (and (= rule@2 #x10) true)
                  #x00
                  (ite (and (= rule@2 #x15) true) #x00 compact0.ref@2)))
      (a!140 (ite (and (= rule@2 #x0d) true)
                  #x01
                  (ite (and (= rule@2 #x0e) true) #x00 compact0.ok@2)))
      (a!142 (ite (and (= rule@2 #x17) true)
                  #x02
                  (ite (and (= rule@2 #x18) true) #x03 driver0.pc@2)))
      (a!144 (ite (and (= rule@2 #x16) true)
                  |driver.page[D0]@2|
                  (ite (and (= rule@2 #x18) true) #x02 driver0.page@2))))
(let ((a!8 (or (and (= rule@2 #x00)
                    (= compact0.pc@2 #x00)
                    (not (= |folio.used[F0]@2| #x00))
                    (bvugt |folio.refcount[F0]@2| #x00))
               (and (= rule@2 #x01) (= compact0.pc@2 #x00) a!1)
               (and (= rule@2 #x02)
                    (= compact0.pc@2 #x01)
                    (not (= |PG_movable[F0]@2| #x00)))
               a!2
               a!3
               (and (= rule@2 #x05) (= compact0.pc@2 #x03) (not a!4))
               (and (= rule@2 #x06)
                    (= compact0.pc@2 #x04)
                    (= |&b_dev_info->pages_lock[0]@2| #x00))
               (and (= rule@2 #x07) (= compact0.pc@2 #x05))
               (and (= rule@2 #x08)
                    (= compact0.pc@2 #x06)
                    (not (= |folio.refcount[F0]@2| #x01))
                    a!5)
               (and (= rule@2 #x09)
                    (= compact0.pc@2 #x06)
                    (not (= |folio.refcount[F0]@2| #x01))
                    (not a!5))
               (and (= rule@2 #x0a)
                    (= compact0.pc@2 #x06)
                    (= |folio.refcount[F0]@2| #x01)
                    (= |PG_locked[F0]@2| #x00))
               (and (= rule@2 #x0b)
                    (= compact0.pc@2 #x07)
                    (= |PG_locked[F0]@2| #x00))
               (and (= rule@2 #x0c) (= compact0.pc@2 #x08) a!6)
               (and (= rule@2 #x0d)
                    (= compact0.pc@2 #x08)
                    (not (= |PG_movable[F0]@2| #x00))
                    (not (= |page.mapping(driver)[F0]@2| #x00))
                    (= |&b_dev_info->pages_lock[0]@2| #x00))
               (and (= rule@2 #x0e)
                    (= compact0.pc@2 #x08)
                    (not (= |PG_movable[F0]@2| #x00))
                    (not (= |page.mapping(driver)[F0]@2| #x00)))
               (and (= rule@2 #x0f) (= compact0.pc@2 #x09))
               (and (= rule@2 #x10) (= compact0.pc@2 #x0a))
               (and (= rule@2 #x11) (= compact0.pc@2 #x0b))
               (and (= rule@2 #x12)
                    (= compact0.pc@2 #x0c)
                    (= |PG_locked[F0]@2| #x00))
               (and (= rule@2 #x13)
                    (= compact0.pc@2 #x0d)
                    (not (= |PG_movable[F0]@2| #x00))
                    (not (= |page.mapping(driver)[F0]@2| #x00))
                    (= |&b_dev_info->pages_lock[0]@2| #x00))
               (and (= rule@2 #x14) (= compact0.pc@2 #x0d) a!6)
               (and (= rule@2 #x15) (= compact0.pc@2 #x0e))
               a!7
               (and (= rule@2 #x17) (= driver0.pc@2 #x01))
               (and (= rule@2 #x18) (= driver0.pc@2 #x02))))
      (a!12 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!11
                      |folio.used[F0]@2|)))
      (a!16 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!10
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!11
                      |folio.used[F1]@2|)))
      (a!19 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                 (bvsub (ite (= compact0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x15) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 (bvsub (ite (= compact0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!30
                      |PG_lru[F0]@2|)))
      (a!35 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!29
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!30
                      |PG_lru[F1]@2|)))
      (a!38 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@2|)))
      (a!42 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!36
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@2|)))
      (a!45 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!44
                      |folio.mapping[F0]@2|)))
      (a!49 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!43
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!44
                      |folio.mapping[F1]@2|)))
      (a!52 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!51
                      |folio.index[F0]@2|)))
      (a!56 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!50
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!51
                      |folio.index[F1]@2|)))
      (a!59 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!58
                      |folio.data[F0]@2|)))
      (a!64 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!58
                      |folio.data[F1]@2|)))
      (a!68 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!67
                      |folio.node[F0]@2|)))
      (a!72 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!66
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!67
                      |folio.node[F1]@2|)))
      (a!76 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_movable[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!75
                      |PG_movable[F0]@2|)))
      (a!80 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!74
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!75
                      |PG_movable[F1]@2|)))
      (a!84 (ite (and (= rule@2 #x17) (= driver0.page@2 #x00))
                 #x00
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!83
                      |page.mapping(driver)[F0]@2|)))
      (a!89 (ite (and (= rule@2 #x17) (= driver0.page@2 #x01))
                 #x00
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!83
                      |page.mapping(driver)[F1]@2|)))
      (a!93 (ite (and (= rule@2 #x15) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_isolated[F0]@2|)
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                      a!92
                      |PG_isolated[F0]@2|)))
      (a!99 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                 a!91
                 (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                      a!92
                      |PG_isolated[F1]@2|)))
      (a!102 (ite (and (= rule@2 #x17) (= driver0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                       a!101
                       |driver.list[F0]@2|)))
      (a!108 (ite (and (= rule@2 #x17) (= driver0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                       a!101
                       |driver.list[F1]@2|)))
      (a!112 (ite (and (= rule@2 #x17) (= driver0.page@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x00))
                       a!111
                       |driver.owns[F0]@2|)))
      (a!117 (ite (and (= rule@2 #x17) (= driver0.page@2 #x01))
                  #x00
                  (ite (and (= rule@2 #x18) (= driver0.page@2 #x01))
                       a!111
                       |driver.owns[F1]@2|)))
      (a!121 (ite (and (= rule@2 #x12) true)
                  #x01
                  (ite (and (= rule@2 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@2 #x12) true)
                  #x0d
                  (ite (and (= rule@2 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@2 #x05) true)
                  #x00
                  (ite (and (= rule@2 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@2 #x08) true)
                  a!9
                  (ite (and (= rule@2 #x11) true) #x02 compact0.newpage@2)))
      (a!141 (= compact0.ok@3 (ite (and (= rule@2 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@3 (ite (and (= rule@2 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@3|
               (ite (and (= rule@2 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@2 #x0d) true)
                 (ite (not (= |driver.owns[F0]@2| #x00))
                      (bvsub |folio.refcount[F0]@2| #x01)
                      |folio.refcount[F0]@2|)
                 (ite (and (= rule@2 #x10) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01))
                 (bvadd (ite (= compact0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@2 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01))
                      |folio.data[F0]@2|
                      a!64)))
      (a!69 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@3|
               (ite (and (= rule@2 #x08) (= a!9 #x01)) |folio.node[F0]@2| a!72)))
      (a!77 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_movable[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@3|
               (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x15) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(driver)[F0]@2|)
                      a!84)))
      (a!90 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01))
                 #x01
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@2 #x13) true)
                 #x00
                 (ite (and (= rule@2 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@2 #x13) true)
                  #x01
                  (ite (and (= rule@2 #x15) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |driver.list[F0]@2|)
                       a!102)))
      (a!109 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01))
                  #x01
                  (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                  a!110
                  (ite (and (= rule@2 #x15) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |driver.owns[F0]@2|)
                       a!112)))
      (a!118 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x01))
                  #x01
                  (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@2 #x11) true)
                  (ite (not (= compact0.ok@2 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@2 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!13)))
      (a!21 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                 (bvadd (ite (= compact0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@3|
               (ite (and (= rule@2 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@2 #x05) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                      a!32)))
      (a!40 (ite (and (= rule@2 #x05) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!39)))
      (a!47 (ite (and (= rule@2 #x05) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!46)))
      (a!54 (ite (and (= rule@2 #x05) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!53)))
      (a!61 (ite (and (= rule@2 #x0a) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                      |folio.data[F0]@2|
                      a!60)))
      (a!70 (ite (and (= rule@2 #x08) (= a!9 #x00))
                 |folio.node[F0]@2|
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      a!69)))
      (a!78 (ite (and (= rule@2 #x0a) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_movable[F0]@2|)
                 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@2 #x0d) true)
                 #x00
                 (ite (and (= rule@2 #x10) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(driver)[F0]@2|)
                      a!85)))
      (a!95 (ite (and (= rule@2 #x10) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_isolated[F0]@2|)
                 (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@2 #x10) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.list[F0]@2|)
                  (ite (and (= rule@2 #x11) (= compact0.newpage@2 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@2 #x0d) true)
                  #x00
                  (ite (and (= rule@2 #x10) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |driver.owns[F0]@2|)
                       a!113)))
      (a!127 (ite (and (= rule@2 #x0f) true)
                  (ite (not (= compact0.ok@2 #x00)) #x0a #x0b)
                  (ite (and (= rule@2 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@2 #x03) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x05) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!14)))
      (a!22 (ite (and (= rule@2 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@2 #x0a) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@3|
               (ite (and (= rule@2 #x03) true)
                    (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x03) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@2|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@3|
               (ite (and (= rule@2 #x03) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x01
                         |folio.mapping[F0]@2|)
                    a!47)))
      (a!55 (= |folio.index[F0]@3|
               (ite (and (= rule@2 #x03) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |folio.index[F0]@2|)
                    a!54)))
      (a!62 (ite (and (= rule@2 #x05) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                 (ite (and (= rule@2 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@2 #x03) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                 (ite (and (= rule@2 #x05) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.node[F0]@2|)
                      a!70)))
      (a!79 (ite (and (= rule@2 #x03) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_movable[F0]@2|)
                 (ite (and (= rule@2 #x05) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_movable[F0]@2|)
                      a!78)))
      (a!87 (ite (and (= rule@2 #x0a) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(driver)[F0]@2|)
                 (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@2 #x0c) true)
                 #x00
                 (ite (and (= rule@2 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@2 #x0a) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.list[F0]@2|)
                  (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@2 #x0a) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.owns[F0]@2|)
                  (ite (and (= rule@2 #x0d) (= compact0.newpage@2 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@2 #x0d) true)
                  #x09
                  (ite (and (= rule@2 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@2 #x03) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x05) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@3|
               (ite (and (= rule@2 #x03) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |folio.data[F0]@2|)
                    a!62)))
      (a!88 (ite (and (= rule@2 #x03) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |page.mapping(driver)[F0]@2|)
                 (ite (and (= rule@2 #x05) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |page.mapping(driver)[F0]@2|)
                      a!87)))
      (a!97 (ite (and (= rule@2 #x07) true)
                 #x01
                 (ite (and (= rule@2 #x0a) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@2|))
                      a!96)))
      (a!106 (ite (and (= rule@2 #x05) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.list[F0]@2|)
                  (ite (and (= rule@2 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@2 #x03) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.owns[F0]@2|)
                  (ite (and (= rule@2 #x05) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |driver.owns[F0]@2|)
                       a!115)))
      (a!129 (ite (and (= rule@2 #x0b) true)
                  #x08
                  (ite (and (= rule@2 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@3|
               (ite (and (= rule@2 #x00) true)
                    (bvadd |folio.refcount[F0]@2| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@2 #x03) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_isolated[F0]@2|)
                 (ite (and (= rule@2 #x05) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_isolated[F0]@2|)
                      a!97)))
      (a!107 (= |driver.list[F0]@3|
                (ite (and (= rule@2 #x03) true)
                     (ite (= |folio.refcount[F0]@2| #x01)
                          #x00
                          |driver.list[F0]@2|)
                     a!106)))
      (a!130 (ite (and (= rule@2 #x09) true)
                  #x0c
                  (ite (and (= rule@2 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@2 #x07) true)
                  #x06
                  (ite (and (= rule@2 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@2 #x05) true)
                  #x0f
                  (ite (and (= rule@2 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@2 #x03) true)
                  #x0f
                  (ite (and (= rule@2 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@2 #x01) true)
                  #x0f
                  (ite (and (= rule@2 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@3 (ite (and (= rule@2 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| |pte[P0][0]@2|)
       (= |pte.folio[P0][0]@3| |pte.folio[P0][0]@2|)
       (= |pte.write[P0][0]@3| |pte.write[P0][0]@2|)
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| |anon_vma.refcount[av0]@2|)
       (= |folio.used[F0]@3| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@3| |folio.mapcount[F0]@2|)
       (= |folio.mapcount[F1]@3| |folio.mapcount[F1]@2|)
       a!34
       (= |PG_lru[F1]@3| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@3| a!42)
       a!48
       (= |folio.mapping[F1]@3| a!49)
       a!55
       (= |folio.index[F1]@3| a!56)
       a!63
       (= |folio.data[F1]@3| a!65)
       (= |folio.node[F0]@3| a!71)
       a!73
       (= |PG_movable[F0]@3| a!79)
       a!81
       (= |page.mapping(driver)[F0]@3| a!88)
       (= |page.mapping(driver)[F1]@3| a!90)
       (= |PG_isolated[F0]@3| a!98)
       (= |PG_isolated[F1]@3| a!99)
       a!107
       (= |driver.list[F1]@3| a!109)
       (= |driver.owns[F0]@3| a!116)
       (= |driver.owns[F1]@3| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| |&anon_vma->rwsem.readers[av0]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |PG_locked[F0]@3| a!122)
       (= |PG_locked[F1]@3| a!123)
       (= |&b_dev_info->pages_lock[0]@3| |&b_dev_info->pages_lock[0]@2|)
       a!135
       (= compact0.ref@3 a!138)
       (= compact0.newpage@3 a!139)
       a!141
       a!143
       (= driver0.page@3 a!144)
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
       (bvule |PG_movable[F0]@3| #x01)
       (bvule |PG_movable[F1]@3| #x01)
       (bvule |page.mapping(driver)[F0]@3| #x01)
       (bvule |page.mapping(driver)[F1]@3| #x01)
       (bvule |PG_isolated[F0]@3| #x01)
       (bvule |PG_isolated[F1]@3| #x01)
       (bvule |driver.list[F0]@3| #x01)
       (bvule |driver.list[F1]@3| #x01)
       (bvule |driver.owns[F0]@3| #x01)
       (bvule |driver.owns[F1]@3| #x01)
       (bvule |driver.page[D0]@3| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@3| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x02)
       (bvule |ptlock_ptr(page)[P0]@3| #x02)
       (bvule |PG_locked[F0]@3| #x02)
       (bvule |PG_locked[F1]@3| #x02)
       (bvule |&b_dev_info->pages_lock[0]@3| #x02)
       (bvule compact0.pc@3 #x0f)
       (bvule compact0.ref@3 #x01)
       (bvule compact0.newpage@3 #x02)
       (bvule compact0.ok@3 #x01)
       (bvule driver0.pc@3 #x03)
       (bvule driver0.page@3 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@3| #x00))
                     (bvugt |folio.refcount[F0]@3| #x00))))
      (a!2 (and (= rule@3 #x03)
                (= compact0.pc@3 #x01)
                (not (not (= |PG_movable[F0]@3| #x00)))))
      (a!3 (and (= rule@3 #x04)
                (= compact0.pc@3 #x03)
                (not (= |PG_movable[F0]@3| #x00))
                (not (= |page.mapping(driver)[F0]@3| #x00))
                (not (not (= |PG_isolated[F0]@3| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@3| #x00))
                (not (= |page.mapping(driver)[F0]@3| #x00))
                (not (not (= |PG_isolated[F0]@3| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@3| #x00)))
               (not (not (= |folio.used[F1]@3| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@3| #x00))
                     (not (= |page.mapping(driver)[F0]@3| #x00)))))
      (a!7 (and (= rule@3 #x16)
                (= driver0.pc@3 #x00)
                (= |&b_dev_info->pages_lock[0]@3| #x00)
                (= (ite (= |driver.page[D0]@3| #x00)
                        |PG_locked[F0]@3|
                        |PG_locked[F1]@3|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!11 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!18 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                 (bvsub (ite (= driver0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F0]@3|))
      (a!25 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                 (bvsub (ite (= driver0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!29 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!30 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!36 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!37 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!43 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!44 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= driver0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!50 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!51 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!57 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!58 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!66 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!67 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |folio.node[F0]@3|
                      |folio.node[F1]@3|)))
      (a!74 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |PG_movable[F0]@3|
                      |PG_movable[F1]@3|)))
      (a!75 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |PG_movable[F0]@3|
                      |PG_movable[F1]@3|)))
      (a!82 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |page.mapping(driver)[F0]@3|
                      |page.mapping(driver)[F1]@3|)))
      (a!83 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |page.mapping(driver)[F0]@3|
                      |page.mapping(driver)[F1]@3|)))
      (a!91 (ite (= (ite (= compact0.newpage@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@3 #x00)
                      |PG_isolated[F0]@3|
                      |PG_isolated[F1]@3|)))
      (a!92 (ite (= (ite (= driver0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= driver0.page@3 #x00)
                      |PG_isolated[F0]@3|
                      |PG_isolated[F1]@3|)))
      (a!100 (ite (= (ite (= compact0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@3 #x00)
                       |driver.list[F0]@3|
                       |driver.list[F1]@3|)))
      (a!101 (ite (= (ite (= driver0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= driver0.page@3 #x00)
                       |driver.list[F0]@3|
                       |driver.list[F1]@3|)))
      (a!110 (ite (= (ite (= compact0.newpage@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@3 #x00)
                       |driver.owns[F0]@3|
                       |driver.owns[F1]@3|)))
      (a!111 (ite (= (ite (= driver0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= driver0.page@3 #x00)
                       |driver.owns[F0]@3|
                       |driver.owns[F1]@3|)))
      (a!119 (= |driver.page[D0]@4|
                (ite (and (= rule@3 #x0d) true)
                     compact0.newpage@3
                     |driver.page[D0]@3|)))
      (a!120 (ite (and (= rule@3 #x16) (= |driver.page[D0]@3| #x00))
                  #x02
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                       #x00
                       |PG_locked[F0]@3|)))
      (a!123 (ite (and (= rule@3 #x16) (= |driver.page[D0]@3| #x01))
                  #x02
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!124 (ite (and (= rule@3 #x14) true)
                  #x0e
                  (ite (and (= rule@3 #x15) true) #x0f compact0.pc@3)))
      (a!136 (ite (and (= rule@3 #x10) true)
                  #x00
                  (ite (and (= rule@3 #x15) true) #x00 compact0.ref@3)))
      (a!140 (ite (and (= rule@3 #x0d) true)
                  #x01
                  (ite (and (= rule@3 #x0e) true) #x00 compact0.ok@3)))
      (a!142 (ite (and (= rule@3 #x17) true)
                  #x02
                  (ite (and (= rule@3 #x18) true) #x03 driver0.pc@3)))
      (a!144 (ite (and (= rule@3 #x16) true)
                  |driver.page[D0]@3|
                  (ite (and (= rule@3 #x18) true) #x02 driver0.page@3))))
(let ((a!8 (or (and (= rule@3 #x00)
                    (= compact0.pc@3 #x00)
                    (not (= |folio.used[F0]@3| #x00))
                    (bvugt |folio.refcount[F0]@3| #x00))
               (and (= rule@3 #x01) (= compact0.pc@3 #x00) a!1)
               (and (= rule@3 #x02)
                    (= compact0.pc@3 #x01)
                    (not (= |PG_movable[F0]@3| #x00)))
               a!2
               a!3
               (and (= rule@3 #x05) (= compact0.pc@3 #x03) (not a!4))
               (and (= rule@3 #x06)
                    (= compact0.pc@3 #x04)
                    (= |&b_dev_info->pages_lock[0]@3| #x00))
               (and (= rule@3 #x07) (= compact0.pc@3 #x05))
               (and (= rule@3 #x08)
                    (= compact0.pc@3 #x06)
                    (not (= |folio.refcount[F0]@3| #x01))
                    a!5)
               (and (= rule@3 #x09)
                    (= compact0.pc@3 #x06)
                    (not (= |folio.refcount[F0]@3| #x01))
                    (not a!5))
               (and (= rule@3 #x0a)
                    (= compact0.pc@3 #x06)
                    (= |folio.refcount[F0]@3| #x01)
                    (= |PG_locked[F0]@3| #x00))
               (and (= rule@3 #x0b)
                    (= compact0.pc@3 #x07)
                    (= |PG_locked[F0]@3| #x00))
               (and (= rule@3 #x0c) (= compact0.pc@3 #x08) a!6)
               (and (= rule@3 #x0d)
                    (= compact0.pc@3 #x08)
                    (not (= |PG_movable[F0]@3| #x00))
                    (not (= |page.mapping(driver)[F0]@3| #x00))
                    (= |&b_dev_info->pages_lock[0]@3| #x00))
               (and (= rule@3 #x0e)
                    (= compact0.pc@3 #x08)
                    (not (= |PG_movable[F0]@3| #x00))
                    (not (= |page.mapping(driver)[F0]@3| #x00)))
               (and (= rule@3 #x0f) (= compact0.pc@3 #x09))
               (and (= rule@3 #x10) (= compact0.pc@3 #x0a))
               (and (= rule@3 #x11) (= compact0.pc@3 #x0b))
               (and (= rule@3 #x12)
                    (= compact0.pc@3 #x0c)
                    (= |PG_locked[F0]@3| #x00))
               (and (= rule@3 #x13)
                    (= compact0.pc@3 #x0d)
                    (not (= |PG_movable[F0]@3| #x00))
                    (not (= |page.mapping(driver)[F0]@3| #x00))
                    (= |&b_dev_info->pages_lock[0]@3| #x00))
               (and (= rule@3 #x14) (= compact0.pc@3 #x0d) a!6)
               (and (= rule@3 #x15) (= compact0.pc@3 #x0e))
               a!7
               (and (= rule@3 #x17) (= driver0.pc@3 #x01))
               (and (= rule@3 #x18) (= driver0.pc@3 #x02))))
      (a!12 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!11
                      |folio.used[F0]@3|)))
      (a!16 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!10
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!11
                      |folio.used[F1]@3|)))
      (a!19 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                 (bvsub (ite (= compact0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x15) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 (bvsub (ite (= compact0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!30
                      |PG_lru[F0]@3|)))
      (a!35 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!29
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!30
                      |PG_lru[F1]@3|)))
      (a!38 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@3|)))
      (a!42 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!36
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@3|)))
      (a!45 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!44
                      |folio.mapping[F0]@3|)))
      (a!49 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!43
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!44
                      |folio.mapping[F1]@3|)))
      (a!52 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!51
                      |folio.index[F0]@3|)))
      (a!56 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!50
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!51
                      |folio.index[F1]@3|)))
      (a!59 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!58
                      |folio.data[F0]@3|)))
      (a!64 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!58
                      |folio.data[F1]@3|)))
      (a!68 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!67
                      |folio.node[F0]@3|)))
      (a!72 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!66
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!67
                      |folio.node[F1]@3|)))
      (a!76 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_movable[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!75
                      |PG_movable[F0]@3|)))
      (a!80 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!74
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!75
                      |PG_movable[F1]@3|)))
      (a!84 (ite (and (= rule@3 #x17) (= driver0.page@3 #x00))
                 #x00
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!83
                      |page.mapping(driver)[F0]@3|)))
      (a!89 (ite (and (= rule@3 #x17) (= driver0.page@3 #x01))
                 #x00
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!83
                      |page.mapping(driver)[F1]@3|)))
      (a!93 (ite (and (= rule@3 #x15) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_isolated[F0]@3|)
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                      a!92
                      |PG_isolated[F0]@3|)))
      (a!99 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                 a!91
                 (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                      a!92
                      |PG_isolated[F1]@3|)))
      (a!102 (ite (and (= rule@3 #x17) (= driver0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                       a!101
                       |driver.list[F0]@3|)))
      (a!108 (ite (and (= rule@3 #x17) (= driver0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                       a!101
                       |driver.list[F1]@3|)))
      (a!112 (ite (and (= rule@3 #x17) (= driver0.page@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x00))
                       a!111
                       |driver.owns[F0]@3|)))
      (a!117 (ite (and (= rule@3 #x17) (= driver0.page@3 #x01))
                  #x00
                  (ite (and (= rule@3 #x18) (= driver0.page@3 #x01))
                       a!111
                       |driver.owns[F1]@3|)))
      (a!121 (ite (and (= rule@3 #x12) true)
                  #x01
                  (ite (and (= rule@3 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@3 #x12) true)
                  #x0d
                  (ite (and (= rule@3 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@3 #x05) true)
                  #x00
                  (ite (and (= rule@3 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@3 #x08) true)
                  a!9
                  (ite (and (= rule@3 #x11) true) #x02 compact0.newpage@3)))
      (a!141 (= compact0.ok@4 (ite (and (= rule@3 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@4 (ite (and (= rule@3 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@4|
               (ite (and (= rule@3 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@3 #x0d) true)
                 (ite (not (= |driver.owns[F0]@3| #x00))
                      (bvsub |folio.refcount[F0]@3| #x01)
                      |folio.refcount[F0]@3|)
                 (ite (and (= rule@3 #x10) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01))
                 (bvadd (ite (= compact0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@3 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01))
                      |folio.data[F0]@3|
                      a!64)))
      (a!69 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@4|
               (ite (and (= rule@3 #x08) (= a!9 #x01)) |folio.node[F0]@3| a!72)))
      (a!77 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_movable[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@4|
               (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                 a!82
                 (ite (and (= rule@3 #x15) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(driver)[F0]@3|)
                      a!84)))
      (a!90 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01))
                 #x01
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@3 #x13) true)
                 #x00
                 (ite (and (= rule@3 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@3 #x13) true)
                  #x01
                  (ite (and (= rule@3 #x15) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |driver.list[F0]@3|)
                       a!102)))
      (a!109 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01))
                  #x01
                  (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                  a!110
                  (ite (and (= rule@3 #x15) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |driver.owns[F0]@3|)
                       a!112)))
      (a!118 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x01))
                  #x01
                  (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@3 #x11) true)
                  (ite (not (= compact0.ok@3 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@3 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!13)))
      (a!21 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                 (bvadd (ite (= compact0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@4|
               (ite (and (= rule@3 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@3 #x05) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                      a!32)))
      (a!40 (ite (and (= rule@3 #x05) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!39)))
      (a!47 (ite (and (= rule@3 #x05) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!46)))
      (a!54 (ite (and (= rule@3 #x05) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!53)))
      (a!61 (ite (and (= rule@3 #x0a) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                      |folio.data[F0]@3|
                      a!60)))
      (a!70 (ite (and (= rule@3 #x08) (= a!9 #x00))
                 |folio.node[F0]@3|
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      a!69)))
      (a!78 (ite (and (= rule@3 #x0a) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_movable[F0]@3|)
                 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@3 #x0d) true)
                 #x00
                 (ite (and (= rule@3 #x10) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(driver)[F0]@3|)
                      a!85)))
      (a!95 (ite (and (= rule@3 #x10) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_isolated[F0]@3|)
                 (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@3 #x10) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.list[F0]@3|)
                  (ite (and (= rule@3 #x11) (= compact0.newpage@3 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@3 #x0d) true)
                  #x00
                  (ite (and (= rule@3 #x10) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |driver.owns[F0]@3|)
                       a!113)))
      (a!127 (ite (and (= rule@3 #x0f) true)
                  (ite (not (= compact0.ok@3 #x00)) #x0a #x0b)
                  (ite (and (= rule@3 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@3 #x03) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x05) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!14)))
      (a!22 (ite (and (= rule@3 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@3 #x0a) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@4|
               (ite (and (= rule@3 #x03) true)
                    (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x03) true)
                    (ite (= |folio.refcount[F0]@3| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@3|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@4|
               (ite (and (= rule@3 #x03) true)
                    (ite (= |folio.refcount[F0]@3| #x01)
                         #x01
                         |folio.mapping[F0]@3|)
                    a!47)))
      (a!55 (= |folio.index[F0]@4|
               (ite (and (= rule@3 #x03) true)
                    (ite (= |folio.refcount[F0]@3| #x01)
                         #x00
                         |folio.index[F0]@3|)
                    a!54)))
      (a!62 (ite (and (= rule@3 #x05) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                 (ite (and (= rule@3 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@3 #x03) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                 (ite (and (= rule@3 #x05) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.node[F0]@3|)
                      a!70)))
      (a!79 (ite (and (= rule@3 #x03) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_movable[F0]@3|)
                 (ite (and (= rule@3 #x05) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_movable[F0]@3|)
                      a!78)))
      (a!87 (ite (and (= rule@3 #x0a) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(driver)[F0]@3|)
                 (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@3 #x0c) true)
                 #x00
                 (ite (and (= rule@3 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@3 #x0a) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.list[F0]@3|)
                  (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@3 #x0a) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.owns[F0]@3|)
                  (ite (and (= rule@3 #x0d) (= compact0.newpage@3 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@3 #x0d) true)
                  #x09
                  (ite (and (= rule@3 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@3 #x03) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x05) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@4|
               (ite (and (= rule@3 #x03) true)
                    (ite (= |folio.refcount[F0]@3| #x01)
                         #x00
                         |folio.data[F0]@3|)
                    a!62)))
      (a!88 (ite (and (= rule@3 #x03) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |page.mapping(driver)[F0]@3|)
                 (ite (and (= rule@3 #x05) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |page.mapping(driver)[F0]@3|)
                      a!87)))
      (a!97 (ite (and (= rule@3 #x07) true)
                 #x01
                 (ite (and (= rule@3 #x0a) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@3|))
                      a!96)))
      (a!106 (ite (and (= rule@3 #x05) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.list[F0]@3|)
                  (ite (and (= rule@3 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@3 #x03) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.owns[F0]@3|)
                  (ite (and (= rule@3 #x05) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |driver.owns[F0]@3|)
                       a!115)))
      (a!129 (ite (and (= rule@3 #x0b) true)
                  #x08
                  (ite (and (= rule@3 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@4|
               (ite (and (= rule@3 #x00) true)
                    (bvadd |folio.refcount[F0]@3| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@3 #x03) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_isolated[F0]@3|)
                 (ite (and (= rule@3 #x05) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_isolated[F0]@3|)
                      a!97)))
      (a!107 (= |driver.list[F0]@4|
                (ite (and (= rule@3 #x03) true)
                     (ite (= |folio.refcount[F0]@3| #x01)
                          #x00
                          |driver.list[F0]@3|)
                     a!106)))
      (a!130 (ite (and (= rule@3 #x09) true)
                  #x0c
                  (ite (and (= rule@3 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@3 #x07) true)
                  #x06
                  (ite (and (= rule@3 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@3 #x05) true)
                  #x0f
                  (ite (and (= rule@3 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@3 #x03) true)
                  #x0f
                  (ite (and (= rule@3 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@3 #x01) true)
                  #x0f
                  (ite (and (= rule@3 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@4 (ite (and (= rule@3 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| |pte[P0][0]@3|)
       (= |pte.folio[P0][0]@4| |pte.folio[P0][0]@3|)
       (= |pte.write[P0][0]@4| |pte.write[P0][0]@3|)
       (= |expected[P0][0]@4| |expected[P0][0]@3|)
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| |anon_vma.refcount[av0]@3|)
       (= |folio.used[F0]@4| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@4| |folio.mapcount[F0]@3|)
       (= |folio.mapcount[F1]@4| |folio.mapcount[F1]@3|)
       a!34
       (= |PG_lru[F1]@4| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@4| a!42)
       a!48
       (= |folio.mapping[F1]@4| a!49)
       a!55
       (= |folio.index[F1]@4| a!56)
       a!63
       (= |folio.data[F1]@4| a!65)
       (= |folio.node[F0]@4| a!71)
       a!73
       (= |PG_movable[F0]@4| a!79)
       a!81
       (= |page.mapping(driver)[F0]@4| a!88)
       (= |page.mapping(driver)[F1]@4| a!90)
       (= |PG_isolated[F0]@4| a!98)
       (= |PG_isolated[F1]@4| a!99)
       a!107
       (= |driver.list[F1]@4| a!109)
       (= |driver.owns[F0]@4| a!116)
       (= |driver.owns[F1]@4| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       (= |&mm->mmap_lock.readers[P0]@4| |&mm->mmap_lock.readers[P0]@3|)
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| |&anon_vma->rwsem.readers[av0]@3|)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       (= |PG_locked[F0]@4| a!122)
       (= |PG_locked[F1]@4| a!123)
       (= |&b_dev_info->pages_lock[0]@4| |&b_dev_info->pages_lock[0]@3|)
       a!135
       (= compact0.ref@4 a!138)
       (= compact0.newpage@4 a!139)
       a!141
       a!143
       (= driver0.page@4 a!144)
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
       (bvule |PG_movable[F0]@4| #x01)
       (bvule |PG_movable[F1]@4| #x01)
       (bvule |page.mapping(driver)[F0]@4| #x01)
       (bvule |page.mapping(driver)[F1]@4| #x01)
       (bvule |PG_isolated[F0]@4| #x01)
       (bvule |PG_isolated[F1]@4| #x01)
       (bvule |driver.list[F0]@4| #x01)
       (bvule |driver.list[F1]@4| #x01)
       (bvule |driver.owns[F0]@4| #x01)
       (bvule |driver.owns[F1]@4| #x01)
       (bvule |driver.page[D0]@4| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@4| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@4| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@4| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@4| #x02)
       (bvule |ptlock_ptr(page)[P0]@4| #x02)
       (bvule |PG_locked[F0]@4| #x02)
       (bvule |PG_locked[F1]@4| #x02)
       (bvule |&b_dev_info->pages_lock[0]@4| #x02)
       (bvule compact0.pc@4 #x0f)
       (bvule compact0.ref@4 #x01)
       (bvule compact0.newpage@4 #x02)
       (bvule compact0.ok@4 #x01)
       (bvule driver0.pc@4 #x03)
       (bvule driver0.page@4 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@4| #x00))
                     (bvugt |folio.refcount[F0]@4| #x00))))
      (a!2 (and (= rule@4 #x03)
                (= compact0.pc@4 #x01)
                (not (not (= |PG_movable[F0]@4| #x00)))))
      (a!3 (and (= rule@4 #x04)
                (= compact0.pc@4 #x03)
                (not (= |PG_movable[F0]@4| #x00))
                (not (= |page.mapping(driver)[F0]@4| #x00))
                (not (not (= |PG_isolated[F0]@4| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@4| #x00))
                (not (= |page.mapping(driver)[F0]@4| #x00))
                (not (not (= |PG_isolated[F0]@4| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@4| #x00)))
               (not (not (= |folio.used[F1]@4| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@4| #x00))
                     (not (= |page.mapping(driver)[F0]@4| #x00)))))
      (a!7 (and (= rule@4 #x16)
                (= driver0.pc@4 #x00)
                (= |&b_dev_info->pages_lock[0]@4| #x00)
                (= (ite (= |driver.page[D0]@4| #x00)
                        |PG_locked[F0]@4|
                        |PG_locked[F1]@4|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!11 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!18 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                 (bvsub (ite (= driver0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F0]@4|))
      (a!25 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                 (bvsub (ite (= driver0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!29 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!30 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!36 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!37 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!43 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!44 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= driver0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!50 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!51 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!57 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!58 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!66 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!67 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |folio.node[F0]@4|
                      |folio.node[F1]@4|)))
      (a!74 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |PG_movable[F0]@4|
                      |PG_movable[F1]@4|)))
      (a!75 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |PG_movable[F0]@4|
                      |PG_movable[F1]@4|)))
      (a!82 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |page.mapping(driver)[F0]@4|
                      |page.mapping(driver)[F1]@4|)))
      (a!83 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |page.mapping(driver)[F0]@4|
                      |page.mapping(driver)[F1]@4|)))
      (a!91 (ite (= (ite (= compact0.newpage@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@4 #x00)
                      |PG_isolated[F0]@4|
                      |PG_isolated[F1]@4|)))
      (a!92 (ite (= (ite (= driver0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= driver0.page@4 #x00)
                      |PG_isolated[F0]@4|
                      |PG_isolated[F1]@4|)))
      (a!100 (ite (= (ite (= compact0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@4 #x00)
                       |driver.list[F0]@4|
                       |driver.list[F1]@4|)))
      (a!101 (ite (= (ite (= driver0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= driver0.page@4 #x00)
                       |driver.list[F0]@4|
                       |driver.list[F1]@4|)))
      (a!110 (ite (= (ite (= compact0.newpage@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@4 #x00)
                       |driver.owns[F0]@4|
                       |driver.owns[F1]@4|)))
      (a!111 (ite (= (ite (= driver0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= driver0.page@4 #x00)
                       |driver.owns[F0]@4|
                       |driver.owns[F1]@4|)))
      (a!119 (= |driver.page[D0]@5|
                (ite (and (= rule@4 #x0d) true)
                     compact0.newpage@4
                     |driver.page[D0]@4|)))
      (a!120 (ite (and (= rule@4 #x16) (= |driver.page[D0]@4| #x00))
                  #x02
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                       #x00
                       |PG_locked[F0]@4|)))
      (a!123 (ite (and (= rule@4 #x16) (= |driver.page[D0]@4| #x01))
                  #x02
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!124 (ite (and (= rule@4 #x14) true)
                  #x0e
                  (ite (and (= rule@4 #x15) true) #x0f compact0.pc@4)))
      (a!136 (ite (and (= rule@4 #x10) true)
                  #x00
                  (ite (and (= rule@4 #x15) true) #x00 compact0.ref@4)))
      (a!140 (ite (and (= rule@4 #x0d) true)
                  #x01
                  (ite (and (= rule@4 #x0e) true) #x00 compact0.ok@4)))
      (a!142 (ite (and (= rule@4 #x17) true)
                  #x02
                  (ite (and (= rule@4 #x18) true) #x03 driver0.pc@4)))
      (a!144 (ite (and (= rule@4 #x16) true)
                  |driver.page[D0]@4|
                  (ite (and (= rule@4 #x18) true) #x02 driver0.page@4))))
(let ((a!8 (or (and (= rule@4 #x00)
                    (= compact0.pc@4 #x00)
                    (not (= |folio.used[F0]@4| #x00))
                    (bvugt |folio.refcount[F0]@4| #x00))
               (and (= rule@4 #x01) (= compact0.pc@4 #x00) a!1)
               (and (= rule@4 #x02)
                    (= compact0.pc@4 #x01)
                    (not (= |PG_movable[F0]@4| #x00)))
               a!2
               a!3
               (and (= rule@4 #x05) (= compact0.pc@4 #x03) (not a!4))
               (and (= rule@4 #x06)
                    (= compact0.pc@4 #x04)
                    (= |&b_dev_info->pages_lock[0]@4| #x00))
               (and (= rule@4 #x07) (= compact0.pc@4 #x05))
               (and (= rule@4 #x08)
                    (= compact0.pc@4 #x06)
                    (not (= |folio.refcount[F0]@4| #x01))
                    a!5)
               (and (= rule@4 #x09)
                    (= compact0.pc@4 #x06)
                    (not (= |folio.refcount[F0]@4| #x01))
                    (not a!5))
               (and (= rule@4 #x0a)
                    (= compact0.pc@4 #x06)
                    (= |folio.refcount[F0]@4| #x01)
                    (= |PG_locked[F0]@4| #x00))
               (and (= rule@4 #x0b)
                    (= compact0.pc@4 #x07)
                    (= |PG_locked[F0]@4| #x00))
               (and (= rule@4 #x0c) (= compact0.pc@4 #x08) a!6)
               (and (= rule@4 #x0d)
                    (= compact0.pc@4 #x08)
                    (not (= |PG_movable[F0]@4| #x00))
                    (not (= |page.mapping(driver)[F0]@4| #x00))
                    (= |&b_dev_info->pages_lock[0]@4| #x00))
               (and (= rule@4 #x0e)
                    (= compact0.pc@4 #x08)
                    (not (= |PG_movable[F0]@4| #x00))
                    (not (= |page.mapping(driver)[F0]@4| #x00)))
               (and (= rule@4 #x0f) (= compact0.pc@4 #x09))
               (and (= rule@4 #x10) (= compact0.pc@4 #x0a))
               (and (= rule@4 #x11) (= compact0.pc@4 #x0b))
               (and (= rule@4 #x12)
                    (= compact0.pc@4 #x0c)
                    (= |PG_locked[F0]@4| #x00))
               (and (= rule@4 #x13)
                    (= compact0.pc@4 #x0d)
                    (not (= |PG_movable[F0]@4| #x00))
                    (not (= |page.mapping(driver)[F0]@4| #x00))
                    (= |&b_dev_info->pages_lock[0]@4| #x00))
               (and (= rule@4 #x14) (= compact0.pc@4 #x0d) a!6)
               (and (= rule@4 #x15) (= compact0.pc@4 #x0e))
               a!7
               (and (= rule@4 #x17) (= driver0.pc@4 #x01))
               (and (= rule@4 #x18) (= driver0.pc@4 #x02))))
      (a!12 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!11
                      |folio.used[F0]@4|)))
      (a!16 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!10
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!11
                      |folio.used[F1]@4|)))
      (a!19 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                 (bvsub (ite (= compact0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x15) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 (bvsub (ite (= compact0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!30
                      |PG_lru[F0]@4|)))
      (a!35 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!29
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!30
                      |PG_lru[F1]@4|)))
      (a!38 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@4|)))
      (a!42 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!36
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@4|)))
      (a!45 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!44
                      |folio.mapping[F0]@4|)))
      (a!49 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!43
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!44
                      |folio.mapping[F1]@4|)))
      (a!52 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!51
                      |folio.index[F0]@4|)))
      (a!56 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!50
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!51
                      |folio.index[F1]@4|)))
      (a!59 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!58
                      |folio.data[F0]@4|)))
      (a!64 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!58
                      |folio.data[F1]@4|)))
      (a!68 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!67
                      |folio.node[F0]@4|)))
      (a!72 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!66
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!67
                      |folio.node[F1]@4|)))
      (a!76 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_movable[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!75
                      |PG_movable[F0]@4|)))
      (a!80 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!74
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!75
                      |PG_movable[F1]@4|)))
      (a!84 (ite (and (= rule@4 #x17) (= driver0.page@4 #x00))
                 #x00
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!83
                      |page.mapping(driver)[F0]@4|)))
      (a!89 (ite (and (= rule@4 #x17) (= driver0.page@4 #x01))
                 #x00
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!83
                      |page.mapping(driver)[F1]@4|)))
      (a!93 (ite (and (= rule@4 #x15) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_isolated[F0]@4|)
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                      a!92
                      |PG_isolated[F0]@4|)))
      (a!99 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                 a!91
                 (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                      a!92
                      |PG_isolated[F1]@4|)))
      (a!102 (ite (and (= rule@4 #x17) (= driver0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                       a!101
                       |driver.list[F0]@4|)))
      (a!108 (ite (and (= rule@4 #x17) (= driver0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                       a!101
                       |driver.list[F1]@4|)))
      (a!112 (ite (and (= rule@4 #x17) (= driver0.page@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x00))
                       a!111
                       |driver.owns[F0]@4|)))
      (a!117 (ite (and (= rule@4 #x17) (= driver0.page@4 #x01))
                  #x00
                  (ite (and (= rule@4 #x18) (= driver0.page@4 #x01))
                       a!111
                       |driver.owns[F1]@4|)))
      (a!121 (ite (and (= rule@4 #x12) true)
                  #x01
                  (ite (and (= rule@4 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@4 #x12) true)
                  #x0d
                  (ite (and (= rule@4 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@4 #x05) true)
                  #x00
                  (ite (and (= rule@4 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@4 #x08) true)
                  a!9
                  (ite (and (= rule@4 #x11) true) #x02 compact0.newpage@4)))
      (a!141 (= compact0.ok@5 (ite (and (= rule@4 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@5 (ite (and (= rule@4 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@5|
               (ite (and (= rule@4 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@4 #x0d) true)
                 (ite (not (= |driver.owns[F0]@4| #x00))
                      (bvsub |folio.refcount[F0]@4| #x01)
                      |folio.refcount[F0]@4|)
                 (ite (and (= rule@4 #x10) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01))
                 (bvadd (ite (= compact0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@4 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01))
                      |folio.data[F0]@4|
                      a!64)))
      (a!69 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@5|
               (ite (and (= rule@4 #x08) (= a!9 #x01)) |folio.node[F0]@4| a!72)))
      (a!77 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_movable[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@5|
               (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                 a!82
                 (ite (and (= rule@4 #x15) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(driver)[F0]@4|)
                      a!84)))
      (a!90 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01))
                 #x01
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@4 #x13) true)
                 #x00
                 (ite (and (= rule@4 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@4 #x13) true)
                  #x01
                  (ite (and (= rule@4 #x15) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |driver.list[F0]@4|)
                       a!102)))
      (a!109 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01))
                  #x01
                  (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                  a!110
                  (ite (and (= rule@4 #x15) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |driver.owns[F0]@4|)
                       a!112)))
      (a!118 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x01))
                  #x01
                  (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@4 #x11) true)
                  (ite (not (= compact0.ok@4 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@4 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!13)))
      (a!21 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                 (bvadd (ite (= compact0.newpage@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@5|
               (ite (and (= rule@4 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@4 #x05) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                      a!32)))
      (a!40 (ite (and (= rule@4 #x05) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!39)))
      (a!47 (ite (and (= rule@4 #x05) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!46)))
      (a!54 (ite (and (= rule@4 #x05) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!53)))
      (a!61 (ite (and (= rule@4 #x0a) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                      |folio.data[F0]@4|
                      a!60)))
      (a!70 (ite (and (= rule@4 #x08) (= a!9 #x00))
                 |folio.node[F0]@4|
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      a!69)))
      (a!78 (ite (and (= rule@4 #x0a) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_movable[F0]@4|)
                 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@4 #x0d) true)
                 #x00
                 (ite (and (= rule@4 #x10) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(driver)[F0]@4|)
                      a!85)))
      (a!95 (ite (and (= rule@4 #x10) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_isolated[F0]@4|)
                 (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@4 #x10) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.list[F0]@4|)
                  (ite (and (= rule@4 #x11) (= compact0.newpage@4 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@4 #x0d) true)
                  #x00
                  (ite (and (= rule@4 #x10) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |driver.owns[F0]@4|)
                       a!113)))
      (a!127 (ite (and (= rule@4 #x0f) true)
                  (ite (not (= compact0.ok@4 #x00)) #x0a #x0b)
                  (ite (and (= rule@4 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@4 #x03) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x05) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!14)))
      (a!22 (ite (and (= rule@4 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@4 #x0a) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@5|
               (ite (and (= rule@4 #x03) true)
                    (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x03) true)
                    (ite (= |folio.refcount[F0]@4| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@4|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@5|
               (ite (and (= rule@4 #x03) true)
                    (ite (= |folio.refcount[F0]@4| #x01)
                         #x01
                         |folio.mapping[F0]@4|)
                    a!47)))
      (a!55 (= |folio.index[F0]@5|
               (ite (and (= rule@4 #x03) true)
                    (ite (= |folio.refcount[F0]@4| #x01)
                         #x00
                         |folio.index[F0]@4|)
                    a!54)))
      (a!62 (ite (and (= rule@4 #x05) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                 (ite (and (= rule@4 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@4 #x03) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                 (ite (and (= rule@4 #x05) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.node[F0]@4|)
                      a!70)))
      (a!79 (ite (and (= rule@4 #x03) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_movable[F0]@4|)
                 (ite (and (= rule@4 #x05) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_movable[F0]@4|)
                      a!78)))
      (a!87 (ite (and (= rule@4 #x0a) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(driver)[F0]@4|)
                 (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@4 #x0c) true)
                 #x00
                 (ite (and (= rule@4 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@4 #x0a) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.list[F0]@4|)
                  (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@4 #x0a) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.owns[F0]@4|)
                  (ite (and (= rule@4 #x0d) (= compact0.newpage@4 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@4 #x0d) true)
                  #x09
                  (ite (and (= rule@4 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@4 #x03) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x05) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@5|
               (ite (and (= rule@4 #x03) true)
                    (ite (= |folio.refcount[F0]@4| #x01)
                         #x00
                         |folio.data[F0]@4|)
                    a!62)))
      (a!88 (ite (and (= rule@4 #x03) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |page.mapping(driver)[F0]@4|)
                 (ite (and (= rule@4 #x05) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |page.mapping(driver)[F0]@4|)
                      a!87)))
      (a!97 (ite (and (= rule@4 #x07) true)
                 #x01
                 (ite (and (= rule@4 #x0a) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@4|))
                      a!96)))
      (a!106 (ite (and (= rule@4 #x05) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.list[F0]@4|)
                  (ite (and (= rule@4 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@4 #x03) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.owns[F0]@4|)
                  (ite (and (= rule@4 #x05) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |driver.owns[F0]@4|)
                       a!115)))
      (a!129 (ite (and (= rule@4 #x0b) true)
                  #x08
                  (ite (and (= rule@4 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@5|
               (ite (and (= rule@4 #x00) true)
                    (bvadd |folio.refcount[F0]@4| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@4 #x03) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_isolated[F0]@4|)
                 (ite (and (= rule@4 #x05) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_isolated[F0]@4|)
                      a!97)))
      (a!107 (= |driver.list[F0]@5|
                (ite (and (= rule@4 #x03) true)
                     (ite (= |folio.refcount[F0]@4| #x01)
                          #x00
                          |driver.list[F0]@4|)
                     a!106)))
      (a!130 (ite (and (= rule@4 #x09) true)
                  #x0c
                  (ite (and (= rule@4 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@4 #x07) true)
                  #x06
                  (ite (and (= rule@4 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@4 #x05) true)
                  #x0f
                  (ite (and (= rule@4 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@4 #x03) true)
                  #x0f
                  (ite (and (= rule@4 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@4 #x01) true)
                  #x0f
                  (ite (and (= rule@4 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@5 (ite (and (= rule@4 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| |pte[P0][0]@4|)
       (= |pte.folio[P0][0]@5| |pte.folio[P0][0]@4|)
       (= |pte.write[P0][0]@5| |pte.write[P0][0]@4|)
       (= |expected[P0][0]@5| |expected[P0][0]@4|)
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| |anon_vma.refcount[av0]@4|)
       (= |folio.used[F0]@5| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@5| |folio.mapcount[F0]@4|)
       (= |folio.mapcount[F1]@5| |folio.mapcount[F1]@4|)
       a!34
       (= |PG_lru[F1]@5| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@5| a!42)
       a!48
       (= |folio.mapping[F1]@5| a!49)
       a!55
       (= |folio.index[F1]@5| a!56)
       a!63
       (= |folio.data[F1]@5| a!65)
       (= |folio.node[F0]@5| a!71)
       a!73
       (= |PG_movable[F0]@5| a!79)
       a!81
       (= |page.mapping(driver)[F0]@5| a!88)
       (= |page.mapping(driver)[F1]@5| a!90)
       (= |PG_isolated[F0]@5| a!98)
       (= |PG_isolated[F1]@5| a!99)
       a!107
       (= |driver.list[F1]@5| a!109)
       (= |driver.owns[F0]@5| a!116)
       (= |driver.owns[F1]@5| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       (= |&mm->mmap_lock.readers[P0]@5| |&mm->mmap_lock.readers[P0]@4|)
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| |&anon_vma->rwsem.readers[av0]@4|)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       (= |PG_locked[F0]@5| a!122)
       (= |PG_locked[F1]@5| a!123)
       (= |&b_dev_info->pages_lock[0]@5| |&b_dev_info->pages_lock[0]@4|)
       a!135
       (= compact0.ref@5 a!138)
       (= compact0.newpage@5 a!139)
       a!141
       a!143
       (= driver0.page@5 a!144)
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
       (bvule |PG_movable[F0]@5| #x01)
       (bvule |PG_movable[F1]@5| #x01)
       (bvule |page.mapping(driver)[F0]@5| #x01)
       (bvule |page.mapping(driver)[F1]@5| #x01)
       (bvule |PG_isolated[F0]@5| #x01)
       (bvule |PG_isolated[F1]@5| #x01)
       (bvule |driver.list[F0]@5| #x01)
       (bvule |driver.list[F1]@5| #x01)
       (bvule |driver.owns[F0]@5| #x01)
       (bvule |driver.owns[F1]@5| #x01)
       (bvule |driver.page[D0]@5| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@5| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@5| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@5| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@5| #x02)
       (bvule |ptlock_ptr(page)[P0]@5| #x02)
       (bvule |PG_locked[F0]@5| #x02)
       (bvule |PG_locked[F1]@5| #x02)
       (bvule |&b_dev_info->pages_lock[0]@5| #x02)
       (bvule compact0.pc@5 #x0f)
       (bvule compact0.ref@5 #x01)
       (bvule compact0.newpage@5 #x02)
       (bvule compact0.ok@5 #x01)
       (bvule driver0.pc@5 #x03)
       (bvule driver0.page@5 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@5| #x00))
                     (bvugt |folio.refcount[F0]@5| #x00))))
      (a!2 (and (= rule@5 #x03)
                (= compact0.pc@5 #x01)
                (not (not (= |PG_movable[F0]@5| #x00)))))
      (a!3 (and (= rule@5 #x04)
                (= compact0.pc@5 #x03)
                (not (= |PG_movable[F0]@5| #x00))
                (not (= |page.mapping(driver)[F0]@5| #x00))
                (not (not (= |PG_isolated[F0]@5| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@5| #x00))
                (not (= |page.mapping(driver)[F0]@5| #x00))
                (not (not (= |PG_isolated[F0]@5| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@5| #x00)))
               (not (not (= |folio.used[F1]@5| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@5| #x00))
                     (not (= |page.mapping(driver)[F0]@5| #x00)))))
      (a!7 (and (= rule@5 #x16)
                (= driver0.pc@5 #x00)
                (= |&b_dev_info->pages_lock[0]@5| #x00)
                (= (ite (= |driver.page[D0]@5| #x00)
                        |PG_locked[F0]@5|
                        |PG_locked[F1]@5|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!11 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!18 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                 (bvsub (ite (= driver0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F0]@5|))
      (a!25 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                 (bvsub (ite (= driver0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!29 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!30 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!36 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!37 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!43 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!44 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= driver0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!50 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!51 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!57 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!58 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!66 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!67 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |folio.node[F0]@5|
                      |folio.node[F1]@5|)))
      (a!74 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |PG_movable[F0]@5|
                      |PG_movable[F1]@5|)))
      (a!75 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |PG_movable[F0]@5|
                      |PG_movable[F1]@5|)))
      (a!82 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |page.mapping(driver)[F0]@5|
                      |page.mapping(driver)[F1]@5|)))
      (a!83 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |page.mapping(driver)[F0]@5|
                      |page.mapping(driver)[F1]@5|)))
      (a!91 (ite (= (ite (= compact0.newpage@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@5 #x00)
                      |PG_isolated[F0]@5|
                      |PG_isolated[F1]@5|)))
      (a!92 (ite (= (ite (= driver0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= driver0.page@5 #x00)
                      |PG_isolated[F0]@5|
                      |PG_isolated[F1]@5|)))
      (a!100 (ite (= (ite (= compact0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@5 #x00)
                       |driver.list[F0]@5|
                       |driver.list[F1]@5|)))
      (a!101 (ite (= (ite (= driver0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= driver0.page@5 #x00)
                       |driver.list[F0]@5|
                       |driver.list[F1]@5|)))
      (a!110 (ite (= (ite (= compact0.newpage@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@5 #x00)
                       |driver.owns[F0]@5|
                       |driver.owns[F1]@5|)))
      (a!111 (ite (= (ite (= driver0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= driver0.page@5 #x00)
                       |driver.owns[F0]@5|
                       |driver.owns[F1]@5|)))
      (a!119 (= |driver.page[D0]@6|
                (ite (and (= rule@5 #x0d) true)
                     compact0.newpage@5
                     |driver.page[D0]@5|)))
      (a!120 (ite (and (= rule@5 #x16) (= |driver.page[D0]@5| #x00))
                  #x02
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                       #x00
                       |PG_locked[F0]@5|)))
      (a!123 (ite (and (= rule@5 #x16) (= |driver.page[D0]@5| #x01))
                  #x02
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!124 (ite (and (= rule@5 #x14) true)
                  #x0e
                  (ite (and (= rule@5 #x15) true) #x0f compact0.pc@5)))
      (a!136 (ite (and (= rule@5 #x10) true)
                  #x00
                  (ite (and (= rule@5 #x15) true) #x00 compact0.ref@5)))
      (a!140 (ite (and (= rule@5 #x0d) true)
                  #x01
                  (ite (and (= rule@5 #x0e) true) #x00 compact0.ok@5)))
      (a!142 (ite (and (= rule@5 #x17) true)
                  #x02
                  (ite (and (= rule@5 #x18) true) #x03 driver0.pc@5)))
      (a!144 (ite (and (= rule@5 #x16) true)
                  |driver.page[D0]@5|
                  (ite (and (= rule@5 #x18) true) #x02 driver0.page@5))))
(let ((a!8 (or (and (= rule@5 #x00)
                    (= compact0.pc@5 #x00)
                    (not (= |folio.used[F0]@5| #x00))
                    (bvugt |folio.refcount[F0]@5| #x00))
               (and (= rule@5 #x01) (= compact0.pc@5 #x00) a!1)
               (and (= rule@5 #x02)
                    (= compact0.pc@5 #x01)
                    (not (= |PG_movable[F0]@5| #x00)))
               a!2
               a!3
               (and (= rule@5 #x05) (= compact0.pc@5 #x03) (not a!4))
               (and (= rule@5 #x06)
                    (= compact0.pc@5 #x04)
                    (= |&b_dev_info->pages_lock[0]@5| #x00))
               (and (= rule@5 #x07) (= compact0.pc@5 #x05))
               (and (= rule@5 #x08)
                    (= compact0.pc@5 #x06)
                    (not (= |folio.refcount[F0]@5| #x01))
                    a!5)
               (and (= rule@5 #x09)
                    (= compact0.pc@5 #x06)
                    (not (= |folio.refcount[F0]@5| #x01))
                    (not a!5))
               (and (= rule@5 #x0a)
                    (= compact0.pc@5 #x06)
                    (= |folio.refcount[F0]@5| #x01)
                    (= |PG_locked[F0]@5| #x00))
               (and (= rule@5 #x0b)
                    (= compact0.pc@5 #x07)
                    (= |PG_locked[F0]@5| #x00))
               (and (= rule@5 #x0c) (= compact0.pc@5 #x08) a!6)
               (and (= rule@5 #x0d)
                    (= compact0.pc@5 #x08)
                    (not (= |PG_movable[F0]@5| #x00))
                    (not (= |page.mapping(driver)[F0]@5| #x00))
                    (= |&b_dev_info->pages_lock[0]@5| #x00))
               (and (= rule@5 #x0e)
                    (= compact0.pc@5 #x08)
                    (not (= |PG_movable[F0]@5| #x00))
                    (not (= |page.mapping(driver)[F0]@5| #x00)))
               (and (= rule@5 #x0f) (= compact0.pc@5 #x09))
               (and (= rule@5 #x10) (= compact0.pc@5 #x0a))
               (and (= rule@5 #x11) (= compact0.pc@5 #x0b))
               (and (= rule@5 #x12)
                    (= compact0.pc@5 #x0c)
                    (= |PG_locked[F0]@5| #x00))
               (and (= rule@5 #x13)
                    (= compact0.pc@5 #x0d)
                    (not (= |PG_movable[F0]@5| #x00))
                    (not (= |page.mapping(driver)[F0]@5| #x00))
                    (= |&b_dev_info->pages_lock[0]@5| #x00))
               (and (= rule@5 #x14) (= compact0.pc@5 #x0d) a!6)
               (and (= rule@5 #x15) (= compact0.pc@5 #x0e))
               a!7
               (and (= rule@5 #x17) (= driver0.pc@5 #x01))
               (and (= rule@5 #x18) (= driver0.pc@5 #x02))))
      (a!12 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!11
                      |folio.used[F0]@5|)))
      (a!16 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!10
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!11
                      |folio.used[F1]@5|)))
      (a!19 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                 (bvsub (ite (= compact0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x15) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 (bvsub (ite (= compact0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!30
                      |PG_lru[F0]@5|)))
      (a!35 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!29
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!30
                      |PG_lru[F1]@5|)))
      (a!38 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@5|)))
      (a!42 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!36
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@5|)))
      (a!45 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!44
                      |folio.mapping[F0]@5|)))
      (a!49 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!43
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!44
                      |folio.mapping[F1]@5|)))
      (a!52 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!51
                      |folio.index[F0]@5|)))
      (a!56 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!50
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!51
                      |folio.index[F1]@5|)))
      (a!59 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!58
                      |folio.data[F0]@5|)))
      (a!64 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!58
                      |folio.data[F1]@5|)))
      (a!68 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!67
                      |folio.node[F0]@5|)))
      (a!72 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!66
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!67
                      |folio.node[F1]@5|)))
      (a!76 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_movable[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!75
                      |PG_movable[F0]@5|)))
      (a!80 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!74
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!75
                      |PG_movable[F1]@5|)))
      (a!84 (ite (and (= rule@5 #x17) (= driver0.page@5 #x00))
                 #x00
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!83
                      |page.mapping(driver)[F0]@5|)))
      (a!89 (ite (and (= rule@5 #x17) (= driver0.page@5 #x01))
                 #x00
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!83
                      |page.mapping(driver)[F1]@5|)))
      (a!93 (ite (and (= rule@5 #x15) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_isolated[F0]@5|)
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                      a!92
                      |PG_isolated[F0]@5|)))
      (a!99 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                 a!91
                 (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                      a!92
                      |PG_isolated[F1]@5|)))
      (a!102 (ite (and (= rule@5 #x17) (= driver0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                       a!101
                       |driver.list[F0]@5|)))
      (a!108 (ite (and (= rule@5 #x17) (= driver0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                       a!101
                       |driver.list[F1]@5|)))
      (a!112 (ite (and (= rule@5 #x17) (= driver0.page@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x00))
                       a!111
                       |driver.owns[F0]@5|)))
      (a!117 (ite (and (= rule@5 #x17) (= driver0.page@5 #x01))
                  #x00
                  (ite (and (= rule@5 #x18) (= driver0.page@5 #x01))
                       a!111
                       |driver.owns[F1]@5|)))
      (a!121 (ite (and (= rule@5 #x12) true)
                  #x01
                  (ite (and (= rule@5 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@5 #x12) true)
                  #x0d
                  (ite (and (= rule@5 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@5 #x05) true)
                  #x00
                  (ite (and (= rule@5 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@5 #x08) true)
                  a!9
                  (ite (and (= rule@5 #x11) true) #x02 compact0.newpage@5)))
      (a!141 (= compact0.ok@6 (ite (and (= rule@5 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@6 (ite (and (= rule@5 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@6|
               (ite (and (= rule@5 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@5 #x0d) true)
                 (ite (not (= |driver.owns[F0]@5| #x00))
                      (bvsub |folio.refcount[F0]@5| #x01)
                      |folio.refcount[F0]@5|)
                 (ite (and (= rule@5 #x10) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01))
                 (bvadd (ite (= compact0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@5 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01))
                      |folio.data[F0]@5|
                      a!64)))
      (a!69 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@6|
               (ite (and (= rule@5 #x08) (= a!9 #x01)) |folio.node[F0]@5| a!72)))
      (a!77 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_movable[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@6|
               (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                 a!82
                 (ite (and (= rule@5 #x15) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(driver)[F0]@5|)
                      a!84)))
      (a!90 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01))
                 #x01
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@5 #x13) true)
                 #x00
                 (ite (and (= rule@5 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@5 #x13) true)
                  #x01
                  (ite (and (= rule@5 #x15) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |driver.list[F0]@5|)
                       a!102)))
      (a!109 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01))
                  #x01
                  (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                  a!110
                  (ite (and (= rule@5 #x15) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |driver.owns[F0]@5|)
                       a!112)))
      (a!118 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x01))
                  #x01
                  (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@5 #x11) true)
                  (ite (not (= compact0.ok@5 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@5 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!13)))
      (a!21 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                 (bvadd (ite (= compact0.newpage@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@6|
               (ite (and (= rule@5 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@5 #x05) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                      a!32)))
      (a!40 (ite (and (= rule@5 #x05) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!39)))
      (a!47 (ite (and (= rule@5 #x05) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!46)))
      (a!54 (ite (and (= rule@5 #x05) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!53)))
      (a!61 (ite (and (= rule@5 #x0a) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                      |folio.data[F0]@5|
                      a!60)))
      (a!70 (ite (and (= rule@5 #x08) (= a!9 #x00))
                 |folio.node[F0]@5|
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      a!69)))
      (a!78 (ite (and (= rule@5 #x0a) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_movable[F0]@5|)
                 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@5 #x0d) true)
                 #x00
                 (ite (and (= rule@5 #x10) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(driver)[F0]@5|)
                      a!85)))
      (a!95 (ite (and (= rule@5 #x10) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_isolated[F0]@5|)
                 (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@5 #x10) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.list[F0]@5|)
                  (ite (and (= rule@5 #x11) (= compact0.newpage@5 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@5 #x0d) true)
                  #x00
                  (ite (and (= rule@5 #x10) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |driver.owns[F0]@5|)
                       a!113)))
      (a!127 (ite (and (= rule@5 #x0f) true)
                  (ite (not (= compact0.ok@5 #x00)) #x0a #x0b)
                  (ite (and (= rule@5 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@5 #x03) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x05) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!14)))
      (a!22 (ite (and (= rule@5 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@5 #x0a) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@6|
               (ite (and (= rule@5 #x03) true)
                    (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x03) true)
                    (ite (= |folio.refcount[F0]@5| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@5|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@6|
               (ite (and (= rule@5 #x03) true)
                    (ite (= |folio.refcount[F0]@5| #x01)
                         #x01
                         |folio.mapping[F0]@5|)
                    a!47)))
      (a!55 (= |folio.index[F0]@6|
               (ite (and (= rule@5 #x03) true)
                    (ite (= |folio.refcount[F0]@5| #x01)
                         #x00
                         |folio.index[F0]@5|)
                    a!54)))
      (a!62 (ite (and (= rule@5 #x05) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                 (ite (and (= rule@5 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@5 #x03) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                 (ite (and (= rule@5 #x05) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.node[F0]@5|)
                      a!70)))
      (a!79 (ite (and (= rule@5 #x03) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_movable[F0]@5|)
                 (ite (and (= rule@5 #x05) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_movable[F0]@5|)
                      a!78)))
      (a!87 (ite (and (= rule@5 #x0a) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(driver)[F0]@5|)
                 (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@5 #x0c) true)
                 #x00
                 (ite (and (= rule@5 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@5 #x0a) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.list[F0]@5|)
                  (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@5 #x0a) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.owns[F0]@5|)
                  (ite (and (= rule@5 #x0d) (= compact0.newpage@5 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@5 #x0d) true)
                  #x09
                  (ite (and (= rule@5 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@5 #x03) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x05) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@6|
               (ite (and (= rule@5 #x03) true)
                    (ite (= |folio.refcount[F0]@5| #x01)
                         #x00
                         |folio.data[F0]@5|)
                    a!62)))
      (a!88 (ite (and (= rule@5 #x03) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |page.mapping(driver)[F0]@5|)
                 (ite (and (= rule@5 #x05) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |page.mapping(driver)[F0]@5|)
                      a!87)))
      (a!97 (ite (and (= rule@5 #x07) true)
                 #x01
                 (ite (and (= rule@5 #x0a) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@5|))
                      a!96)))
      (a!106 (ite (and (= rule@5 #x05) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.list[F0]@5|)
                  (ite (and (= rule@5 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@5 #x03) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.owns[F0]@5|)
                  (ite (and (= rule@5 #x05) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |driver.owns[F0]@5|)
                       a!115)))
      (a!129 (ite (and (= rule@5 #x0b) true)
                  #x08
                  (ite (and (= rule@5 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@6|
               (ite (and (= rule@5 #x00) true)
                    (bvadd |folio.refcount[F0]@5| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@5 #x03) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_isolated[F0]@5|)
                 (ite (and (= rule@5 #x05) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_isolated[F0]@5|)
                      a!97)))
      (a!107 (= |driver.list[F0]@6|
                (ite (and (= rule@5 #x03) true)
                     (ite (= |folio.refcount[F0]@5| #x01)
                          #x00
                          |driver.list[F0]@5|)
                     a!106)))
      (a!130 (ite (and (= rule@5 #x09) true)
                  #x0c
                  (ite (and (= rule@5 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@5 #x07) true)
                  #x06
                  (ite (and (= rule@5 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@5 #x05) true)
                  #x0f
                  (ite (and (= rule@5 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@5 #x03) true)
                  #x0f
                  (ite (and (= rule@5 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@5 #x01) true)
                  #x0f
                  (ite (and (= rule@5 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@6 (ite (and (= rule@5 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| |pte[P0][0]@5|)
       (= |pte.folio[P0][0]@6| |pte.folio[P0][0]@5|)
       (= |pte.write[P0][0]@6| |pte.write[P0][0]@5|)
       (= |expected[P0][0]@6| |expected[P0][0]@5|)
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| |anon_vma.refcount[av0]@5|)
       (= |folio.used[F0]@6| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@6| |folio.mapcount[F0]@5|)
       (= |folio.mapcount[F1]@6| |folio.mapcount[F1]@5|)
       a!34
       (= |PG_lru[F1]@6| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@6| a!42)
       a!48
       (= |folio.mapping[F1]@6| a!49)
       a!55
       (= |folio.index[F1]@6| a!56)
       a!63
       (= |folio.data[F1]@6| a!65)
       (= |folio.node[F0]@6| a!71)
       a!73
       (= |PG_movable[F0]@6| a!79)
       a!81
       (= |page.mapping(driver)[F0]@6| a!88)
       (= |page.mapping(driver)[F1]@6| a!90)
       (= |PG_isolated[F0]@6| a!98)
       (= |PG_isolated[F1]@6| a!99)
       a!107
       (= |driver.list[F1]@6| a!109)
       (= |driver.owns[F0]@6| a!116)
       (= |driver.owns[F1]@6| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       (= |&mm->mmap_lock.readers[P0]@6| |&mm->mmap_lock.readers[P0]@5|)
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| |&anon_vma->rwsem.readers[av0]@5|)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       (= |PG_locked[F0]@6| a!122)
       (= |PG_locked[F1]@6| a!123)
       (= |&b_dev_info->pages_lock[0]@6| |&b_dev_info->pages_lock[0]@5|)
       a!135
       (= compact0.ref@6 a!138)
       (= compact0.newpage@6 a!139)
       a!141
       a!143
       (= driver0.page@6 a!144)
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
       (bvule |PG_movable[F0]@6| #x01)
       (bvule |PG_movable[F1]@6| #x01)
       (bvule |page.mapping(driver)[F0]@6| #x01)
       (bvule |page.mapping(driver)[F1]@6| #x01)
       (bvule |PG_isolated[F0]@6| #x01)
       (bvule |PG_isolated[F1]@6| #x01)
       (bvule |driver.list[F0]@6| #x01)
       (bvule |driver.list[F1]@6| #x01)
       (bvule |driver.owns[F0]@6| #x01)
       (bvule |driver.owns[F1]@6| #x01)
       (bvule |driver.page[D0]@6| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@6| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@6| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@6| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@6| #x02)
       (bvule |ptlock_ptr(page)[P0]@6| #x02)
       (bvule |PG_locked[F0]@6| #x02)
       (bvule |PG_locked[F1]@6| #x02)
       (bvule |&b_dev_info->pages_lock[0]@6| #x02)
       (bvule compact0.pc@6 #x0f)
       (bvule compact0.ref@6 #x01)
       (bvule compact0.newpage@6 #x02)
       (bvule compact0.ok@6 #x01)
       (bvule driver0.pc@6 #x03)
       (bvule driver0.page@6 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@6| #x00))
                     (bvugt |folio.refcount[F0]@6| #x00))))
      (a!2 (and (= rule@6 #x03)
                (= compact0.pc@6 #x01)
                (not (not (= |PG_movable[F0]@6| #x00)))))
      (a!3 (and (= rule@6 #x04)
                (= compact0.pc@6 #x03)
                (not (= |PG_movable[F0]@6| #x00))
                (not (= |page.mapping(driver)[F0]@6| #x00))
                (not (not (= |PG_isolated[F0]@6| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@6| #x00))
                (not (= |page.mapping(driver)[F0]@6| #x00))
                (not (not (= |PG_isolated[F0]@6| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@6| #x00)))
               (not (not (= |folio.used[F1]@6| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@6| #x00))
                     (not (= |page.mapping(driver)[F0]@6| #x00)))))
      (a!7 (and (= rule@6 #x16)
                (= driver0.pc@6 #x00)
                (= |&b_dev_info->pages_lock[0]@6| #x00)
                (= (ite (= |driver.page[D0]@6| #x00)
                        |PG_locked[F0]@6|
                        |PG_locked[F1]@6|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!11 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!18 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                 (bvsub (ite (= driver0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F0]@6|))
      (a!25 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                 (bvsub (ite (= driver0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!29 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!30 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!36 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!37 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!43 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!44 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= driver0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!50 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!51 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!57 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!58 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!66 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!67 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |folio.node[F0]@6|
                      |folio.node[F1]@6|)))
      (a!74 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |PG_movable[F0]@6|
                      |PG_movable[F1]@6|)))
      (a!75 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |PG_movable[F0]@6|
                      |PG_movable[F1]@6|)))
      (a!82 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |page.mapping(driver)[F0]@6|
                      |page.mapping(driver)[F1]@6|)))
      (a!83 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |page.mapping(driver)[F0]@6|
                      |page.mapping(driver)[F1]@6|)))
      (a!91 (ite (= (ite (= compact0.newpage@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@6 #x00)
                      |PG_isolated[F0]@6|
                      |PG_isolated[F1]@6|)))
      (a!92 (ite (= (ite (= driver0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= driver0.page@6 #x00)
                      |PG_isolated[F0]@6|
                      |PG_isolated[F1]@6|)))
      (a!100 (ite (= (ite (= compact0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@6 #x00)
                       |driver.list[F0]@6|
                       |driver.list[F1]@6|)))
      (a!101 (ite (= (ite (= driver0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= driver0.page@6 #x00)
                       |driver.list[F0]@6|
                       |driver.list[F1]@6|)))
      (a!110 (ite (= (ite (= compact0.newpage@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@6 #x00)
                       |driver.owns[F0]@6|
                       |driver.owns[F1]@6|)))
      (a!111 (ite (= (ite (= driver0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= driver0.page@6 #x00)
                       |driver.owns[F0]@6|
                       |driver.owns[F1]@6|)))
      (a!119 (= |driver.page[D0]@7|
                (ite (and (= rule@6 #x0d) true)
                     compact0.newpage@6
                     |driver.page[D0]@6|)))
      (a!120 (ite (and (= rule@6 #x16) (= |driver.page[D0]@6| #x00))
                  #x02
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                       #x00
                       |PG_locked[F0]@6|)))
      (a!123 (ite (and (= rule@6 #x16) (= |driver.page[D0]@6| #x01))
                  #x02
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!124 (ite (and (= rule@6 #x14) true)
                  #x0e
                  (ite (and (= rule@6 #x15) true) #x0f compact0.pc@6)))
      (a!136 (ite (and (= rule@6 #x10) true)
                  #x00
                  (ite (and (= rule@6 #x15) true) #x00 compact0.ref@6)))
      (a!140 (ite (and (= rule@6 #x0d) true)
                  #x01
                  (ite (and (= rule@6 #x0e) true) #x00 compact0.ok@6)))
      (a!142 (ite (and (= rule@6 #x17) true)
                  #x02
                  (ite (and (= rule@6 #x18) true) #x03 driver0.pc@6)))
      (a!144 (ite (and (= rule@6 #x16) true)
                  |driver.page[D0]@6|
                  (ite (and (= rule@6 #x18) true) #x02 driver0.page@6))))
(let ((a!8 (or (and (= rule@6 #x00)
                    (= compact0.pc@6 #x00)
                    (not (= |folio.used[F0]@6| #x00))
                    (bvugt |folio.refcount[F0]@6| #x00))
               (and (= rule@6 #x01) (= compact0.pc@6 #x00) a!1)
               (and (= rule@6 #x02)
                    (= compact0.pc@6 #x01)
                    (not (= |PG_movable[F0]@6| #x00)))
               a!2
               a!3
               (and (= rule@6 #x05) (= compact0.pc@6 #x03) (not a!4))
               (and (= rule@6 #x06)
                    (= compact0.pc@6 #x04)
                    (= |&b_dev_info->pages_lock[0]@6| #x00))
               (and (= rule@6 #x07) (= compact0.pc@6 #x05))
               (and (= rule@6 #x08)
                    (= compact0.pc@6 #x06)
                    (not (= |folio.refcount[F0]@6| #x01))
                    a!5)
               (and (= rule@6 #x09)
                    (= compact0.pc@6 #x06)
                    (not (= |folio.refcount[F0]@6| #x01))
                    (not a!5))
               (and (= rule@6 #x0a)
                    (= compact0.pc@6 #x06)
                    (= |folio.refcount[F0]@6| #x01)
                    (= |PG_locked[F0]@6| #x00))
               (and (= rule@6 #x0b)
                    (= compact0.pc@6 #x07)
                    (= |PG_locked[F0]@6| #x00))
               (and (= rule@6 #x0c) (= compact0.pc@6 #x08) a!6)
               (and (= rule@6 #x0d)
                    (= compact0.pc@6 #x08)
                    (not (= |PG_movable[F0]@6| #x00))
                    (not (= |page.mapping(driver)[F0]@6| #x00))
                    (= |&b_dev_info->pages_lock[0]@6| #x00))
               (and (= rule@6 #x0e)
                    (= compact0.pc@6 #x08)
                    (not (= |PG_movable[F0]@6| #x00))
                    (not (= |page.mapping(driver)[F0]@6| #x00)))
               (and (= rule@6 #x0f) (= compact0.pc@6 #x09))
               (and (= rule@6 #x10) (= compact0.pc@6 #x0a))
               (and (= rule@6 #x11) (= compact0.pc@6 #x0b))
               (and (= rule@6 #x12)
                    (= compact0.pc@6 #x0c)
                    (= |PG_locked[F0]@6| #x00))
               (and (= rule@6 #x13)
                    (= compact0.pc@6 #x0d)
                    (not (= |PG_movable[F0]@6| #x00))
                    (not (= |page.mapping(driver)[F0]@6| #x00))
                    (= |&b_dev_info->pages_lock[0]@6| #x00))
               (and (= rule@6 #x14) (= compact0.pc@6 #x0d) a!6)
               (and (= rule@6 #x15) (= compact0.pc@6 #x0e))
               a!7
               (and (= rule@6 #x17) (= driver0.pc@6 #x01))
               (and (= rule@6 #x18) (= driver0.pc@6 #x02))))
      (a!12 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!11
                      |folio.used[F0]@6|)))
      (a!16 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!10
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!11
                      |folio.used[F1]@6|)))
      (a!19 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                 (bvsub (ite (= compact0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x15) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 (bvsub (ite (= compact0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!30
                      |PG_lru[F0]@6|)))
      (a!35 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!29
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!30
                      |PG_lru[F1]@6|)))
      (a!38 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@6|)))
      (a!42 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!36
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@6|)))
      (a!45 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!44
                      |folio.mapping[F0]@6|)))
      (a!49 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!43
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!44
                      |folio.mapping[F1]@6|)))
      (a!52 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!51
                      |folio.index[F0]@6|)))
      (a!56 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!50
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!51
                      |folio.index[F1]@6|)))
      (a!59 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!58
                      |folio.data[F0]@6|)))
      (a!64 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!58
                      |folio.data[F1]@6|)))
      (a!68 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!67
                      |folio.node[F0]@6|)))
      (a!72 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!66
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!67
                      |folio.node[F1]@6|)))
      (a!76 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_movable[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!75
                      |PG_movable[F0]@6|)))
      (a!80 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!74
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!75
                      |PG_movable[F1]@6|)))
      (a!84 (ite (and (= rule@6 #x17) (= driver0.page@6 #x00))
                 #x00
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!83
                      |page.mapping(driver)[F0]@6|)))
      (a!89 (ite (and (= rule@6 #x17) (= driver0.page@6 #x01))
                 #x00
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!83
                      |page.mapping(driver)[F1]@6|)))
      (a!93 (ite (and (= rule@6 #x15) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_isolated[F0]@6|)
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                      a!92
                      |PG_isolated[F0]@6|)))
      (a!99 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                 a!91
                 (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                      a!92
                      |PG_isolated[F1]@6|)))
      (a!102 (ite (and (= rule@6 #x17) (= driver0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                       a!101
                       |driver.list[F0]@6|)))
      (a!108 (ite (and (= rule@6 #x17) (= driver0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                       a!101
                       |driver.list[F1]@6|)))
      (a!112 (ite (and (= rule@6 #x17) (= driver0.page@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x00))
                       a!111
                       |driver.owns[F0]@6|)))
      (a!117 (ite (and (= rule@6 #x17) (= driver0.page@6 #x01))
                  #x00
                  (ite (and (= rule@6 #x18) (= driver0.page@6 #x01))
                       a!111
                       |driver.owns[F1]@6|)))
      (a!121 (ite (and (= rule@6 #x12) true)
                  #x01
                  (ite (and (= rule@6 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@6 #x12) true)
                  #x0d
                  (ite (and (= rule@6 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@6 #x05) true)
                  #x00
                  (ite (and (= rule@6 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@6 #x08) true)
                  a!9
                  (ite (and (= rule@6 #x11) true) #x02 compact0.newpage@6)))
      (a!141 (= compact0.ok@7 (ite (and (= rule@6 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@7 (ite (and (= rule@6 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@7|
               (ite (and (= rule@6 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@6 #x0d) true)
                 (ite (not (= |driver.owns[F0]@6| #x00))
                      (bvsub |folio.refcount[F0]@6| #x01)
                      |folio.refcount[F0]@6|)
                 (ite (and (= rule@6 #x10) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01))
                 (bvadd (ite (= compact0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@6 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01))
                      |folio.data[F0]@6|
                      a!64)))
      (a!69 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@7|
               (ite (and (= rule@6 #x08) (= a!9 #x01)) |folio.node[F0]@6| a!72)))
      (a!77 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_movable[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@7|
               (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                 a!82
                 (ite (and (= rule@6 #x15) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(driver)[F0]@6|)
                      a!84)))
      (a!90 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01))
                 #x01
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@6 #x13) true)
                 #x00
                 (ite (and (= rule@6 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@6 #x13) true)
                  #x01
                  (ite (and (= rule@6 #x15) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |driver.list[F0]@6|)
                       a!102)))
      (a!109 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01))
                  #x01
                  (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                  a!110
                  (ite (and (= rule@6 #x15) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |driver.owns[F0]@6|)
                       a!112)))
      (a!118 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x01))
                  #x01
                  (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@6 #x11) true)
                  (ite (not (= compact0.ok@6 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@6 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!13)))
      (a!21 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                 (bvadd (ite (= compact0.newpage@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@7|
               (ite (and (= rule@6 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@6 #x05) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                      a!32)))
      (a!40 (ite (and (= rule@6 #x05) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!39)))
      (a!47 (ite (and (= rule@6 #x05) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!46)))
      (a!54 (ite (and (= rule@6 #x05) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!53)))
      (a!61 (ite (and (= rule@6 #x0a) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                      |folio.data[F0]@6|
                      a!60)))
      (a!70 (ite (and (= rule@6 #x08) (= a!9 #x00))
                 |folio.node[F0]@6|
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      a!69)))
      (a!78 (ite (and (= rule@6 #x0a) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_movable[F0]@6|)
                 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@6 #x0d) true)
                 #x00
                 (ite (and (= rule@6 #x10) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(driver)[F0]@6|)
                      a!85)))
      (a!95 (ite (and (= rule@6 #x10) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_isolated[F0]@6|)
                 (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@6 #x10) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.list[F0]@6|)
                  (ite (and (= rule@6 #x11) (= compact0.newpage@6 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@6 #x0d) true)
                  #x00
                  (ite (and (= rule@6 #x10) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |driver.owns[F0]@6|)
                       a!113)))
      (a!127 (ite (and (= rule@6 #x0f) true)
                  (ite (not (= compact0.ok@6 #x00)) #x0a #x0b)
                  (ite (and (= rule@6 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@6 #x03) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x05) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!14)))
      (a!22 (ite (and (= rule@6 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@6 #x0a) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@7|
               (ite (and (= rule@6 #x03) true)
                    (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x03) true)
                    (ite (= |folio.refcount[F0]@6| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@6|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@7|
               (ite (and (= rule@6 #x03) true)
                    (ite (= |folio.refcount[F0]@6| #x01)
                         #x01
                         |folio.mapping[F0]@6|)
                    a!47)))
      (a!55 (= |folio.index[F0]@7|
               (ite (and (= rule@6 #x03) true)
                    (ite (= |folio.refcount[F0]@6| #x01)
                         #x00
                         |folio.index[F0]@6|)
                    a!54)))
      (a!62 (ite (and (= rule@6 #x05) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                 (ite (and (= rule@6 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@6 #x03) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                 (ite (and (= rule@6 #x05) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.node[F0]@6|)
                      a!70)))
      (a!79 (ite (and (= rule@6 #x03) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_movable[F0]@6|)
                 (ite (and (= rule@6 #x05) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_movable[F0]@6|)
                      a!78)))
      (a!87 (ite (and (= rule@6 #x0a) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(driver)[F0]@6|)
                 (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@6 #x0c) true)
                 #x00
                 (ite (and (= rule@6 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@6 #x0a) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.list[F0]@6|)
                  (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@6 #x0a) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.owns[F0]@6|)
                  (ite (and (= rule@6 #x0d) (= compact0.newpage@6 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@6 #x0d) true)
                  #x09
                  (ite (and (= rule@6 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@6 #x03) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x05) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@7|
               (ite (and (= rule@6 #x03) true)
                    (ite (= |folio.refcount[F0]@6| #x01)
                         #x00
                         |folio.data[F0]@6|)
                    a!62)))
      (a!88 (ite (and (= rule@6 #x03) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |page.mapping(driver)[F0]@6|)
                 (ite (and (= rule@6 #x05) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |page.mapping(driver)[F0]@6|)
                      a!87)))
      (a!97 (ite (and (= rule@6 #x07) true)
                 #x01
                 (ite (and (= rule@6 #x0a) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@6|))
                      a!96)))
      (a!106 (ite (and (= rule@6 #x05) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.list[F0]@6|)
                  (ite (and (= rule@6 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@6 #x03) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.owns[F0]@6|)
                  (ite (and (= rule@6 #x05) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |driver.owns[F0]@6|)
                       a!115)))
      (a!129 (ite (and (= rule@6 #x0b) true)
                  #x08
                  (ite (and (= rule@6 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@7|
               (ite (and (= rule@6 #x00) true)
                    (bvadd |folio.refcount[F0]@6| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@6 #x03) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_isolated[F0]@6|)
                 (ite (and (= rule@6 #x05) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_isolated[F0]@6|)
                      a!97)))
      (a!107 (= |driver.list[F0]@7|
                (ite (and (= rule@6 #x03) true)
                     (ite (= |folio.refcount[F0]@6| #x01)
                          #x00
                          |driver.list[F0]@6|)
                     a!106)))
      (a!130 (ite (and (= rule@6 #x09) true)
                  #x0c
                  (ite (and (= rule@6 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@6 #x07) true)
                  #x06
                  (ite (and (= rule@6 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@6 #x05) true)
                  #x0f
                  (ite (and (= rule@6 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@6 #x03) true)
                  #x0f
                  (ite (and (= rule@6 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@6 #x01) true)
                  #x0f
                  (ite (and (= rule@6 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@7 (ite (and (= rule@6 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| |pte[P0][0]@6|)
       (= |pte.folio[P0][0]@7| |pte.folio[P0][0]@6|)
       (= |pte.write[P0][0]@7| |pte.write[P0][0]@6|)
       (= |expected[P0][0]@7| |expected[P0][0]@6|)
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| |anon_vma.refcount[av0]@6|)
       (= |folio.used[F0]@7| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@7| |folio.mapcount[F0]@6|)
       (= |folio.mapcount[F1]@7| |folio.mapcount[F1]@6|)
       a!34
       (= |PG_lru[F1]@7| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@7| a!42)
       a!48
       (= |folio.mapping[F1]@7| a!49)
       a!55
       (= |folio.index[F1]@7| a!56)
       a!63
       (= |folio.data[F1]@7| a!65)
       (= |folio.node[F0]@7| a!71)
       a!73
       (= |PG_movable[F0]@7| a!79)
       a!81
       (= |page.mapping(driver)[F0]@7| a!88)
       (= |page.mapping(driver)[F1]@7| a!90)
       (= |PG_isolated[F0]@7| a!98)
       (= |PG_isolated[F1]@7| a!99)
       a!107
       (= |driver.list[F1]@7| a!109)
       (= |driver.owns[F0]@7| a!116)
       (= |driver.owns[F1]@7| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       (= |&mm->mmap_lock.readers[P0]@7| |&mm->mmap_lock.readers[P0]@6|)
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| |&anon_vma->rwsem.readers[av0]@6|)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       (= |PG_locked[F0]@7| a!122)
       (= |PG_locked[F1]@7| a!123)
       (= |&b_dev_info->pages_lock[0]@7| |&b_dev_info->pages_lock[0]@6|)
       a!135
       (= compact0.ref@7 a!138)
       (= compact0.newpage@7 a!139)
       a!141
       a!143
       (= driver0.page@7 a!144)
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
       (bvule |PG_movable[F0]@7| #x01)
       (bvule |PG_movable[F1]@7| #x01)
       (bvule |page.mapping(driver)[F0]@7| #x01)
       (bvule |page.mapping(driver)[F1]@7| #x01)
       (bvule |PG_isolated[F0]@7| #x01)
       (bvule |PG_isolated[F1]@7| #x01)
       (bvule |driver.list[F0]@7| #x01)
       (bvule |driver.list[F1]@7| #x01)
       (bvule |driver.owns[F0]@7| #x01)
       (bvule |driver.owns[F1]@7| #x01)
       (bvule |driver.page[D0]@7| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@7| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@7| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@7| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@7| #x02)
       (bvule |ptlock_ptr(page)[P0]@7| #x02)
       (bvule |PG_locked[F0]@7| #x02)
       (bvule |PG_locked[F1]@7| #x02)
       (bvule |&b_dev_info->pages_lock[0]@7| #x02)
       (bvule compact0.pc@7 #x0f)
       (bvule compact0.ref@7 #x01)
       (bvule compact0.newpage@7 #x02)
       (bvule compact0.ok@7 #x01)
       (bvule driver0.pc@7 #x03)
       (bvule driver0.page@7 #x02)))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@7| #x00))
                     (bvugt |folio.refcount[F0]@7| #x00))))
      (a!2 (and (= rule@7 #x03)
                (= compact0.pc@7 #x01)
                (not (not (= |PG_movable[F0]@7| #x00)))))
      (a!3 (and (= rule@7 #x04)
                (= compact0.pc@7 #x03)
                (not (= |PG_movable[F0]@7| #x00))
                (not (= |page.mapping(driver)[F0]@7| #x00))
                (not (not (= |PG_isolated[F0]@7| #x00)))))
      (a!4 (and (not (= |PG_movable[F0]@7| #x00))
                (not (= |page.mapping(driver)[F0]@7| #x00))
                (not (not (= |PG_isolated[F0]@7| #x00)))))
      (a!5 (or (not (not (= |folio.used[F0]@7| #x00)))
               (not (not (= |folio.used[F1]@7| #x00)))))
      (a!6 (not (and (not (= |PG_movable[F0]@7| #x00))
                     (not (= |page.mapping(driver)[F0]@7| #x00)))))
      (a!7 (and (= rule@7 #x16)
                (= driver0.pc@7 #x00)
                (= |&b_dev_info->pages_lock[0]@7| #x00)
                (= (ite (= |driver.page[D0]@7| #x00)
                        |PG_locked[F0]@7|
                        |PG_locked[F1]@7|)
                   #x00)))
      (a!9 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!10 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!11 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!18 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                 (bvsub (ite (= driver0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F0]@7|))
      (a!25 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                 (bvsub (ite (= driver0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!29 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!30 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!36 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!37 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!43 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= compact0.newpage@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!44 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= driver0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!50 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!51 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!57 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!58 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!66 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!67 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |folio.node[F0]@7|
                      |folio.node[F1]@7|)))
      (a!74 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |PG_movable[F0]@7|
                      |PG_movable[F1]@7|)))
      (a!75 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |PG_movable[F0]@7|
                      |PG_movable[F1]@7|)))
      (a!82 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |page.mapping(driver)[F0]@7|
                      |page.mapping(driver)[F1]@7|)))
      (a!83 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |page.mapping(driver)[F0]@7|
                      |page.mapping(driver)[F1]@7|)))
      (a!91 (ite (= (ite (= compact0.newpage@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= compact0.newpage@7 #x00)
                      |PG_isolated[F0]@7|
                      |PG_isolated[F1]@7|)))
      (a!92 (ite (= (ite (= driver0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= driver0.page@7 #x00)
                      |PG_isolated[F0]@7|
                      |PG_isolated[F1]@7|)))
      (a!100 (ite (= (ite (= compact0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@7 #x00)
                       |driver.list[F0]@7|
                       |driver.list[F1]@7|)))
      (a!101 (ite (= (ite (= driver0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= driver0.page@7 #x00)
                       |driver.list[F0]@7|
                       |driver.list[F1]@7|)))
      (a!110 (ite (= (ite (= compact0.newpage@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= compact0.newpage@7 #x00)
                       |driver.owns[F0]@7|
                       |driver.owns[F1]@7|)))
      (a!111 (ite (= (ite (= driver0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= driver0.page@7 #x00)
                       |driver.owns[F0]@7|
                       |driver.owns[F1]@7|)))
      (a!119 (= |driver.page[D0]@8|
                (ite (and (= rule@7 #x0d) true)
                     compact0.newpage@7
                     |driver.page[D0]@7|)))
      (a!120 (ite (and (= rule@7 #x16) (= |driver.page[D0]@7| #x00))
                  #x02
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                       #x00
                       |PG_locked[F0]@7|)))
      (a!123 (ite (and (= rule@7 #x16) (= |driver.page[D0]@7| #x01))
                  #x02
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!124 (ite (and (= rule@7 #x14) true)
                  #x0e
                  (ite (and (= rule@7 #x15) true) #x0f compact0.pc@7)))
      (a!136 (ite (and (= rule@7 #x10) true)
                  #x00
                  (ite (and (= rule@7 #x15) true) #x00 compact0.ref@7)))
      (a!140 (ite (and (= rule@7 #x0d) true)
                  #x01
                  (ite (and (= rule@7 #x0e) true) #x00 compact0.ok@7)))
      (a!142 (ite (and (= rule@7 #x17) true)
                  #x02
                  (ite (and (= rule@7 #x18) true) #x03 driver0.pc@7)))
      (a!144 (ite (and (= rule@7 #x16) true)
                  |driver.page[D0]@7|
                  (ite (and (= rule@7 #x18) true) #x02 driver0.page@7))))
(let ((a!8 (or (and (= rule@7 #x00)
                    (= compact0.pc@7 #x00)
                    (not (= |folio.used[F0]@7| #x00))
                    (bvugt |folio.refcount[F0]@7| #x00))
               (and (= rule@7 #x01) (= compact0.pc@7 #x00) a!1)
               (and (= rule@7 #x02)
                    (= compact0.pc@7 #x01)
                    (not (= |PG_movable[F0]@7| #x00)))
               a!2
               a!3
               (and (= rule@7 #x05) (= compact0.pc@7 #x03) (not a!4))
               (and (= rule@7 #x06)
                    (= compact0.pc@7 #x04)
                    (= |&b_dev_info->pages_lock[0]@7| #x00))
               (and (= rule@7 #x07) (= compact0.pc@7 #x05))
               (and (= rule@7 #x08)
                    (= compact0.pc@7 #x06)
                    (not (= |folio.refcount[F0]@7| #x01))
                    a!5)
               (and (= rule@7 #x09)
                    (= compact0.pc@7 #x06)
                    (not (= |folio.refcount[F0]@7| #x01))
                    (not a!5))
               (and (= rule@7 #x0a)
                    (= compact0.pc@7 #x06)
                    (= |folio.refcount[F0]@7| #x01)
                    (= |PG_locked[F0]@7| #x00))
               (and (= rule@7 #x0b)
                    (= compact0.pc@7 #x07)
                    (= |PG_locked[F0]@7| #x00))
               (and (= rule@7 #x0c) (= compact0.pc@7 #x08) a!6)
               (and (= rule@7 #x0d)
                    (= compact0.pc@7 #x08)
                    (not (= |PG_movable[F0]@7| #x00))
                    (not (= |page.mapping(driver)[F0]@7| #x00))
                    (= |&b_dev_info->pages_lock[0]@7| #x00))
               (and (= rule@7 #x0e)
                    (= compact0.pc@7 #x08)
                    (not (= |PG_movable[F0]@7| #x00))
                    (not (= |page.mapping(driver)[F0]@7| #x00)))
               (and (= rule@7 #x0f) (= compact0.pc@7 #x09))
               (and (= rule@7 #x10) (= compact0.pc@7 #x0a))
               (and (= rule@7 #x11) (= compact0.pc@7 #x0b))
               (and (= rule@7 #x12)
                    (= compact0.pc@7 #x0c)
                    (= |PG_locked[F0]@7| #x00))
               (and (= rule@7 #x13)
                    (= compact0.pc@7 #x0d)
                    (not (= |PG_movable[F0]@7| #x00))
                    (not (= |page.mapping(driver)[F0]@7| #x00))
                    (= |&b_dev_info->pages_lock[0]@7| #x00))
               (and (= rule@7 #x14) (= compact0.pc@7 #x0d) a!6)
               (and (= rule@7 #x15) (= compact0.pc@7 #x0e))
               a!7
               (and (= rule@7 #x17) (= driver0.pc@7 #x01))
               (and (= rule@7 #x18) (= driver0.pc@7 #x02))))
      (a!12 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!11
                      |folio.used[F0]@7|)))
      (a!16 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!10
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!11
                      |folio.used[F1]@7|)))
      (a!19 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                 (bvsub (ite (= compact0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x15) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!18)))
      (a!26 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 (bvsub (ite (= compact0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!25))
      (a!31 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!30
                      |PG_lru[F0]@7|)))
      (a!35 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!29
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!30
                      |PG_lru[F1]@7|)))
      (a!38 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!37
                      |PG_anon_exclusive[F0]@7|)))
      (a!42 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!36
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!37
                      |PG_anon_exclusive[F1]@7|)))
      (a!45 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!44
                      |folio.mapping[F0]@7|)))
      (a!49 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!43
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!44
                      |folio.mapping[F1]@7|)))
      (a!52 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!51
                      |folio.index[F0]@7|)))
      (a!56 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!50
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!51
                      |folio.index[F1]@7|)))
      (a!59 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!58
                      |folio.data[F0]@7|)))
      (a!64 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!58
                      |folio.data[F1]@7|)))
      (a!68 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!67
                      |folio.node[F0]@7|)))
      (a!72 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!66
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!67
                      |folio.node[F1]@7|)))
      (a!76 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_movable[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!75
                      |PG_movable[F0]@7|)))
      (a!80 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!74
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!75
                      |PG_movable[F1]@7|)))
      (a!84 (ite (and (= rule@7 #x17) (= driver0.page@7 #x00))
                 #x00
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!83
                      |page.mapping(driver)[F0]@7|)))
      (a!89 (ite (and (= rule@7 #x17) (= driver0.page@7 #x01))
                 #x00
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!83
                      |page.mapping(driver)[F1]@7|)))
      (a!93 (ite (and (= rule@7 #x15) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_isolated[F0]@7|)
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                      a!92
                      |PG_isolated[F0]@7|)))
      (a!99 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                 a!91
                 (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                      a!92
                      |PG_isolated[F1]@7|)))
      (a!102 (ite (and (= rule@7 #x17) (= driver0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                       a!101
                       |driver.list[F0]@7|)))
      (a!108 (ite (and (= rule@7 #x17) (= driver0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                       a!101
                       |driver.list[F1]@7|)))
      (a!112 (ite (and (= rule@7 #x17) (= driver0.page@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x00))
                       a!111
                       |driver.owns[F0]@7|)))
      (a!117 (ite (and (= rule@7 #x17) (= driver0.page@7 #x01))
                  #x00
                  (ite (and (= rule@7 #x18) (= driver0.page@7 #x01))
                       a!111
                       |driver.owns[F1]@7|)))
      (a!121 (ite (and (= rule@7 #x12) true)
                  #x01
                  (ite (and (= rule@7 #x15) true) #x00 a!120)))
      (a!125 (ite (and (= rule@7 #x12) true)
                  #x0d
                  (ite (and (= rule@7 #x13) true) #x0e a!124)))
      (a!137 (ite (and (= rule@7 #x05) true)
                  #x00
                  (ite (and (= rule@7 #x0a) true) #x00 a!136)))
      (a!139 (ite (and (= rule@7 #x08) true)
                  a!9
                  (ite (and (= rule@7 #x11) true) #x02 compact0.newpage@7)))
      (a!141 (= compact0.ok@8 (ite (and (= rule@7 #x0c) true) #x01 a!140)))
      (a!143 (= driver0.pc@8 (ite (and (= rule@7 #x16) true) #x01 a!142))))
(let ((a!13 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!10
                      a!12)))
      (a!17 (= |folio.used[F1]@8|
               (ite (and (= rule@7 #x08) (= a!9 #x01)) #x01 a!16)))
      (a!20 (ite (and (= rule@7 #x0d) true)
                 (ite (not (= |driver.owns[F0]@7| #x00))
                      (bvsub |folio.refcount[F0]@7| #x01)
                      |folio.refcount[F0]@7|)
                 (ite (and (= rule@7 #x10) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!19)))
      (a!27 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01))
                 (bvadd (ite (= compact0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!26))
      (a!32 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!29
                      a!31)))
      (a!39 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!36
                      a!38)))
      (a!46 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!43
                      a!45)))
      (a!53 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!50
                      a!52)))
      (a!60 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!57
                      a!59)))
      (a!65 (ite (and (= rule@7 #x08) (= a!9 #x01))
                 #x00
                 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01))
                      |folio.data[F0]@7|
                      a!64)))
      (a!69 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!66
                      a!68)))
      (a!73 (= |folio.node[F1]@8|
               (ite (and (= rule@7 #x08) (= a!9 #x01)) |folio.node[F0]@7| a!72)))
      (a!77 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_movable[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!74
                      a!76)))
      (a!81 (= |PG_movable[F1]@8|
               (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01)) #x01 a!80)))
      (a!85 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                 a!82
                 (ite (and (= rule@7 #x15) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(driver)[F0]@7|)
                      a!84)))
      (a!90 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01))
                 #x01
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                      a!82
                      a!89)))
      (a!94 (ite (and (= rule@7 #x13) true)
                 #x00
                 (ite (and (= rule@7 #x14) true) #x00 a!93)))
      (a!103 (ite (and (= rule@7 #x13) true)
                  #x01
                  (ite (and (= rule@7 #x15) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |driver.list[F0]@7|)
                       a!102)))
      (a!109 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01))
                  #x01
                  (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                       a!100
                       a!108)))
      (a!113 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                  a!110
                  (ite (and (= rule@7 #x15) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |driver.owns[F0]@7|)
                       a!112)))
      (a!118 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x01))
                  #x01
                  (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x01))
                       a!110
                       a!117)))
      (a!122 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x0f) true) #x00 a!121)))
      (a!126 (ite (and (= rule@7 #x11) true)
                  (ite (not (= compact0.ok@7 #x00)) #x0f #x0c)
                  a!125))
      (a!138 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x03) true) #x00 a!137))))
(let ((a!14 (ite (and (= rule@7 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!13)))
      (a!21 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                 (bvadd (ite (= compact0.newpage@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!20))
      (a!28 (= |folio.refcount[F1]@8|
               (ite (and (= rule@7 #x08) (= a!9 #x01)) #x01 a!27)))
      (a!33 (ite (and (= rule@7 #x05) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                      a!32)))
      (a!40 (ite (and (= rule@7 #x05) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!39)))
      (a!47 (ite (and (= rule@7 #x05) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!46)))
      (a!54 (ite (and (= rule@7 #x05) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!53)))
      (a!61 (ite (and (= rule@7 #x0a) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                      |folio.data[F0]@7|
                      a!60)))
      (a!70 (ite (and (= rule@7 #x08) (= a!9 #x00))
                 |folio.node[F0]@7|
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      a!69)))
      (a!78 (ite (and (= rule@7 #x0a) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_movable[F0]@7|)
                 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                      #x01
                      a!77)))
      (a!86 (ite (and (= rule@7 #x0d) true)
                 #x00
                 (ite (and (= rule@7 #x10) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(driver)[F0]@7|)
                      a!85)))
      (a!95 (ite (and (= rule@7 #x10) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_isolated[F0]@7|)
                 (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                      a!91
                      a!94)))
      (a!104 (ite (and (= rule@7 #x10) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.list[F0]@7|)
                  (ite (and (= rule@7 #x11) (= compact0.newpage@7 #x00))
                       a!100
                       a!103)))
      (a!114 (ite (and (= rule@7 #x0d) true)
                  #x00
                  (ite (and (= rule@7 #x10) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |driver.owns[F0]@7|)
                       a!113)))
      (a!127 (ite (and (= rule@7 #x0f) true)
                  (ite (not (= compact0.ok@7 #x00)) #x0a #x0b)
                  (ite (and (= rule@7 #x10) true) #x0b a!126))))
(let ((a!15 (ite (and (= rule@7 #x03) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x05) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!14)))
      (a!22 (ite (and (= rule@7 #x08) (= a!9 #x00))
                 #x01
                 (ite (and (= rule@7 #x0a) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!21)))
      (a!34 (= |PG_lru[F0]@8|
               (ite (and (= rule@7 #x03) true)
                    (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                    a!33)))
      (a!41 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x03) true)
                    (ite (= |folio.refcount[F0]@7| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@7|)
                    a!40)))
      (a!48 (= |folio.mapping[F0]@8|
               (ite (and (= rule@7 #x03) true)
                    (ite (= |folio.refcount[F0]@7| #x01)
                         #x01
                         |folio.mapping[F0]@7|)
                    a!47)))
      (a!55 (= |folio.index[F0]@8|
               (ite (and (= rule@7 #x03) true)
                    (ite (= |folio.refcount[F0]@7| #x01)
                         #x00
                         |folio.index[F0]@7|)
                    a!54)))
      (a!62 (ite (and (= rule@7 #x05) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                 (ite (and (= rule@7 #x08) (= a!9 #x00)) #x00 a!61)))
      (a!71 (ite (and (= rule@7 #x03) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                 (ite (and (= rule@7 #x05) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.node[F0]@7|)
                      a!70)))
      (a!79 (ite (and (= rule@7 #x03) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_movable[F0]@7|)
                 (ite (and (= rule@7 #x05) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_movable[F0]@7|)
                      a!78)))
      (a!87 (ite (and (= rule@7 #x0a) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(driver)[F0]@7|)
                 (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                      #x01
                      a!86)))
      (a!96 (ite (and (= rule@7 #x0c) true)
                 #x00
                 (ite (and (= rule@7 #x0d) true) #x00 a!95)))
      (a!105 (ite (and (= rule@7 #x0a) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.list[F0]@7|)
                  (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                       #x01
                       a!104)))
      (a!115 (ite (and (= rule@7 #x0a) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.owns[F0]@7|)
                  (ite (and (= rule@7 #x0d) (= compact0.newpage@7 #x00))
                       #x01
                       a!114)))
      (a!128 (ite (and (= rule@7 #x0d) true)
                  #x09
                  (ite (and (= rule@7 #x0e) true) #x09 a!127))))
(let ((a!23 (ite (and (= rule@7 #x03) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x05) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!22)))
      (a!63 (= |folio.data[F0]@8|
               (ite (and (= rule@7 #x03) true)
                    (ite (= |folio.refcount[F0]@7| #x01)
                         #x00
                         |folio.data[F0]@7|)
                    a!62)))
      (a!88 (ite (and (= rule@7 #x03) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |page.mapping(driver)[F0]@7|)
                 (ite (and (= rule@7 #x05) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |page.mapping(driver)[F0]@7|)
                      a!87)))
      (a!97 (ite (and (= rule@7 #x07) true)
                 #x01
                 (ite (and (= rule@7 #x0a) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           (ite a!6 #x00 |PG_isolated[F0]@7|))
                      a!96)))
      (a!106 (ite (and (= rule@7 #x05) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.list[F0]@7|)
                  (ite (and (= rule@7 #x06) true) #x00 a!105)))
      (a!116 (ite (and (= rule@7 #x03) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.owns[F0]@7|)
                  (ite (and (= rule@7 #x05) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |driver.owns[F0]@7|)
                       a!115)))
      (a!129 (ite (and (= rule@7 #x0b) true)
                  #x08
                  (ite (and (= rule@7 #x0c) true) #x09 a!128))))
(let ((a!24 (= |folio.refcount[F0]@8|
               (ite (and (= rule@7 #x00) true)
                    (bvadd |folio.refcount[F0]@7| #x01)
                    a!23)))
      (a!98 (ite (and (= rule@7 #x03) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_isolated[F0]@7|)
                 (ite (and (= rule@7 #x05) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_isolated[F0]@7|)
                      a!97)))
      (a!107 (= |driver.list[F0]@8|
                (ite (and (= rule@7 #x03) true)
                     (ite (= |folio.refcount[F0]@7| #x01)
                          #x00
                          |driver.list[F0]@7|)
                     a!106)))
      (a!130 (ite (and (= rule@7 #x09) true)
                  #x0c
                  (ite (and (= rule@7 #x0a) true) #x0f a!129))))
(let ((a!131 (ite (and (= rule@7 #x07) true)
                  #x06
                  (ite (and (= rule@7 #x08) true) #x07 a!130))))
(let ((a!132 (ite (and (= rule@7 #x05) true)
                  #x0f
                  (ite (and (= rule@7 #x06) true) #x05 a!131))))
(let ((a!133 (ite (and (= rule@7 #x03) true)
                  #x0f
                  (ite (and (= rule@7 #x04) true) #x04 a!132))))
(let ((a!134 (ite (and (= rule@7 #x01) true)
                  #x0f
                  (ite (and (= rule@7 #x02) true) #x03 a!133))))
(let ((a!135 (= compact0.pc@8 (ite (and (= rule@7 #x00) true) #x01 a!134))))
  (and a!8
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| |pte[P0][0]@7|)
       (= |pte.folio[P0][0]@8| |pte.folio[P0][0]@7|)
       (= |pte.write[P0][0]@8| |pte.write[P0][0]@7|)
       (= |expected[P0][0]@8| |expected[P0][0]@7|)
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| |anon_vma.refcount[av0]@7|)
       (= |folio.used[F0]@8| a!15)
       a!17
       a!24
       a!28
       (= |folio.mapcount[F0]@8| |folio.mapcount[F0]@7|)
       (= |folio.mapcount[F1]@8| |folio.mapcount[F1]@7|)
       a!34
       (= |PG_lru[F1]@8| a!35)
       a!41
       (= |PG_anon_exclusive[F1]@8| a!42)
       a!48
       (= |folio.mapping[F1]@8| a!49)
       a!55
       (= |folio.index[F1]@8| a!56)
       a!63
       (= |folio.data[F1]@8| a!65)
       (= |folio.node[F0]@8| a!71)
       a!73
       (= |PG_movable[F0]@8| a!79)
       a!81
       (= |page.mapping(driver)[F0]@8| a!88)
       (= |page.mapping(driver)[F1]@8| a!90)
       (= |PG_isolated[F0]@8| a!98)
       (= |PG_isolated[F1]@8| a!99)
       a!107
       (= |driver.list[F1]@8| a!109)
       (= |driver.owns[F0]@8| a!116)
       (= |driver.owns[F1]@8| a!118)
       a!119
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       (= |&mm->mmap_lock.readers[P0]@8| |&mm->mmap_lock.readers[P0]@7|)
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| |&anon_vma->rwsem.readers[av0]@7|)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       (= |PG_locked[F0]@8| a!122)
       (= |PG_locked[F1]@8| a!123)
       (= |&b_dev_info->pages_lock[0]@8| |&b_dev_info->pages_lock[0]@7|)
       a!135
       (= compact0.ref@8 a!138)
       (= compact0.newpage@8 a!139)
       a!141
       a!143
       (= driver0.page@8 a!144)
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
       (bvule |PG_movable[F0]@8| #x01)
       (bvule |PG_movable[F1]@8| #x01)
       (bvule |page.mapping(driver)[F0]@8| #x01)
       (bvule |page.mapping(driver)[F1]@8| #x01)
       (bvule |PG_isolated[F0]@8| #x01)
       (bvule |PG_isolated[F1]@8| #x01)
       (bvule |driver.list[F0]@8| #x01)
       (bvule |driver.list[F1]@8| #x01)
       (bvule |driver.owns[F0]@8| #x01)
       (bvule |driver.owns[F1]@8| #x01)
       (bvule |driver.page[D0]@8| #x01)
       (bvule |&mm->mmap_lock.writer[P0]@8| #x02)
       (bvule |&mm->mmap_lock.readers[P0]@8| #x02)
       (bvule |&anon_vma->rwsem.writer[av0]@8| #x02)
       (bvule |&anon_vma->rwsem.readers[av0]@8| #x02)
       (bvule |ptlock_ptr(page)[P0]@8| #x02)
       (bvule |PG_locked[F0]@8| #x02)
       (bvule |PG_locked[F1]@8| #x02)
       (bvule |&b_dev_info->pages_lock[0]@8| #x02)
       (bvule compact0.pc@8 #x0f)
       (bvule compact0.ref@8 #x01)
       (bvule compact0.newpage@8 #x02)
       (bvule compact0.ok@8 #x01)
       (bvule driver0.pc@8 #x03)
       (bvule driver0.page@8 #x02)))))))))))))))
(assert (let ((a!1 (= |folio.mapcount[F0]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x00))
                   #x01
                   #x00)))
      (a!2 (bvadd compact0.ref@0
                  (ite (= compact0.newpage@0 #x00) #x01 #x00)
                  (ite (and (= driver0.pc@0 #x02) (= driver0.page@0 #x00))
                       #x01
                       #x00)))
      (a!3 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x00))))
      (a!5 (= |folio.mapcount[F1]@0|
              (ite (and (= |pte[P0][0]@0| #x01) (= |pte.folio[P0][0]@0| #x01))
                   #x01
                   #x00)))
      (a!6 (bvadd (ite (= compact0.newpage@0 #x01) #x01 #x00)
                  (ite (and (= driver0.pc@0 #x02) (= driver0.page@0 #x01))
                       #x01
                       #x00)))
      (a!7 (not (and (not (= |pte[P0][0]@0| #x00))
                     (= |pte.folio[P0][0]@0| #x01))))
      (a!9 (and (= compact0.pc@0 #x01) (not (not (= |PG_movable[F0]@0| #x00)))))
      (a!10 (not (and (bvuge |folio.refcount[F0]@0| #x01)
                      (not (= |folio.used[F0]@0| #x00)))))
      (a!11 (and (not (= |PG_movable[F0]@0| #x00))
                 (not (= |page.mapping(driver)[F0]@0| #x00))
                 (not (not (= |PG_isolated[F0]@0| #x00)))))
      (a!12 (and (= compact0.pc@0 #x06)
                 (= |folio.refcount[F0]@0| #x01)
                 (= |PG_locked[F0]@0| #x00)))
      (a!13 (not (= (ite (= compact0.newpage@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!15 (not (= (ite (= driver0.page@0 #x00)
                         |folio.used[F0]@0|
                         |folio.used[F1]@0|)
                    #x00)))
      (a!17 (or (and (bvugt |folio.mapcount[F0]@0| #x00)
                     (not (= |PG_lru[F0]@0| #x00)))
                (bvugt |driver.owns[F0]@0| #x00)))
      (a!19 (or (and (bvugt |folio.mapcount[F1]@0| #x00)
                     (not (= |PG_lru[F1]@0| #x00)))
                (bvugt |driver.owns[F1]@0| #x00)))
      (a!21 (not (and (not (= |folio.used[F0]@0| #x00))
                      (bvugt |folio.refcount[F0]@0| #x00))))
      (a!22 (and (= compact0.pc@0 #x03)
                 (not (= |PG_movable[F0]@0| #x00))
                 (not (= |page.mapping(driver)[F0]@0| #x00))
                 (not (not (= |PG_isolated[F0]@0| #x00)))))
      (a!23 (or (not (not (= |folio.used[F0]@0| #x00)))
                (not (not (= |folio.used[F1]@0| #x00)))))
      (a!24 (not (and (not (= |PG_movable[F0]@0| #x00))
                      (not (= |page.mapping(driver)[F0]@0| #x00)))))
      (a!25 (and (= driver0.pc@0 #x00)
                 (= |&b_dev_info->pages_lock[0]@0| #x00)
                 (= (ite (= |driver.page[D0]@0| #x00)
                         |PG_locked[F0]@0|
                         |PG_locked[F1]@0|)
                    #x00)))
      (a!28 (= |folio.mapcount[F0]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x00))
                    #x01
                    #x00)))
      (a!29 (bvadd compact0.ref@1
                   (ite (= compact0.newpage@1 #x00) #x01 #x00)
                   (ite (and (= driver0.pc@1 #x02) (= driver0.page@1 #x00))
                        #x01
                        #x00)))
      (a!30 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x00))))
      (a!32 (= |folio.mapcount[F1]@1|
               (ite (and (= |pte[P0][0]@1| #x01) (= |pte.folio[P0][0]@1| #x01))
                    #x01
                    #x00)))
      (a!33 (bvadd (ite (= compact0.newpage@1 #x01) #x01 #x00)
                   (ite (and (= driver0.pc@1 #x02) (= driver0.page@1 #x01))
                        #x01
                        #x00)))
      (a!34 (not (and (not (= |pte[P0][0]@1| #x00))
                      (= |pte.folio[P0][0]@1| #x01))))
      (a!36 (and (= compact0.pc@1 #x01) (not (not (= |PG_movable[F0]@1| #x00)))))
      (a!37 (not (and (bvuge |folio.refcount[F0]@1| #x01)
                      (not (= |folio.used[F0]@1| #x00)))))
      (a!38 (and (not (= |PG_movable[F0]@1| #x00))
                 (not (= |page.mapping(driver)[F0]@1| #x00))
                 (not (not (= |PG_isolated[F0]@1| #x00)))))
      (a!39 (and (= compact0.pc@1 #x06)
                 (= |folio.refcount[F0]@1| #x01)
                 (= |PG_locked[F0]@1| #x00)))
      (a!40 (not (= (ite (= compact0.newpage@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!42 (not (= (ite (= driver0.page@1 #x00)
                         |folio.used[F0]@1|
                         |folio.used[F1]@1|)
                    #x00)))
      (a!44 (or (and (bvugt |folio.mapcount[F0]@1| #x00)
                     (not (= |PG_lru[F0]@1| #x00)))
                (bvugt |driver.owns[F0]@1| #x00)))
      (a!46 (or (and (bvugt |folio.mapcount[F1]@1| #x00)
                     (not (= |PG_lru[F1]@1| #x00)))
                (bvugt |driver.owns[F1]@1| #x00)))
      (a!48 (not (and (not (= |folio.used[F0]@1| #x00))
                      (bvugt |folio.refcount[F0]@1| #x00))))
      (a!49 (and (= compact0.pc@1 #x03)
                 (not (= |PG_movable[F0]@1| #x00))
                 (not (= |page.mapping(driver)[F0]@1| #x00))
                 (not (not (= |PG_isolated[F0]@1| #x00)))))
      (a!50 (or (not (not (= |folio.used[F0]@1| #x00)))
                (not (not (= |folio.used[F1]@1| #x00)))))
      (a!51 (not (and (not (= |PG_movable[F0]@1| #x00))
                      (not (= |page.mapping(driver)[F0]@1| #x00)))))
      (a!52 (and (= driver0.pc@1 #x00)
                 (= |&b_dev_info->pages_lock[0]@1| #x00)
                 (= (ite (= |driver.page[D0]@1| #x00)
                         |PG_locked[F0]@1|
                         |PG_locked[F1]@1|)
                    #x00)))
      (a!55 (= |folio.mapcount[F0]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x00))
                    #x01
                    #x00)))
      (a!56 (bvadd compact0.ref@2
                   (ite (= compact0.newpage@2 #x00) #x01 #x00)
                   (ite (and (= driver0.pc@2 #x02) (= driver0.page@2 #x00))
                        #x01
                        #x00)))
      (a!57 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x00))))
      (a!59 (= |folio.mapcount[F1]@2|
               (ite (and (= |pte[P0][0]@2| #x01) (= |pte.folio[P0][0]@2| #x01))
                    #x01
                    #x00)))
      (a!60 (bvadd (ite (= compact0.newpage@2 #x01) #x01 #x00)
                   (ite (and (= driver0.pc@2 #x02) (= driver0.page@2 #x01))
                        #x01
                        #x00)))
      (a!61 (not (and (not (= |pte[P0][0]@2| #x00))
                      (= |pte.folio[P0][0]@2| #x01))))
      (a!63 (and (= compact0.pc@2 #x01) (not (not (= |PG_movable[F0]@2| #x00)))))
      (a!64 (not (and (bvuge |folio.refcount[F0]@2| #x01)
                      (not (= |folio.used[F0]@2| #x00)))))
      (a!65 (and (not (= |PG_movable[F0]@2| #x00))
                 (not (= |page.mapping(driver)[F0]@2| #x00))
                 (not (not (= |PG_isolated[F0]@2| #x00)))))
      (a!66 (and (= compact0.pc@2 #x06)
                 (= |folio.refcount[F0]@2| #x01)
                 (= |PG_locked[F0]@2| #x00)))
      (a!67 (not (= (ite (= compact0.newpage@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!69 (not (= (ite (= driver0.page@2 #x00)
                         |folio.used[F0]@2|
                         |folio.used[F1]@2|)
                    #x00)))
      (a!71 (or (and (bvugt |folio.mapcount[F0]@2| #x00)
                     (not (= |PG_lru[F0]@2| #x00)))
                (bvugt |driver.owns[F0]@2| #x00)))
      (a!73 (or (and (bvugt |folio.mapcount[F1]@2| #x00)
                     (not (= |PG_lru[F1]@2| #x00)))
                (bvugt |driver.owns[F1]@2| #x00)))
      (a!75 (not (and (not (= |folio.used[F0]@2| #x00))
                      (bvugt |folio.refcount[F0]@2| #x00))))
      (a!76 (and (= compact0.pc@2 #x03)
                 (not (= |PG_movable[F0]@2| #x00))
                 (not (= |page.mapping(driver)[F0]@2| #x00))
                 (not (not (= |PG_isolated[F0]@2| #x00)))))
      (a!77 (or (not (not (= |folio.used[F0]@2| #x00)))
                (not (not (= |folio.used[F1]@2| #x00)))))
      (a!78 (not (and (not (= |PG_movable[F0]@2| #x00))
                      (not (= |page.mapping(driver)[F0]@2| #x00)))))
      (a!79 (and (= driver0.pc@2 #x00)
                 (= |&b_dev_info->pages_lock[0]@2| #x00)
                 (= (ite (= |driver.page[D0]@2| #x00)
                         |PG_locked[F0]@2|
                         |PG_locked[F1]@2|)
                    #x00)))
      (a!82 (= |folio.mapcount[F0]@3|
               (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x00))
                    #x01
                    #x00)))
      (a!83 (bvadd compact0.ref@3
                   (ite (= compact0.newpage@3 #x00) #x01 #x00)
                   (ite (and (= driver0.pc@3 #x02) (= driver0.page@3 #x00))
                        #x01
                        #x00)))
      (a!84 (not (and (not (= |pte[P0][0]@3| #x00))
                      (= |pte.folio[P0][0]@3| #x00))))
      (a!86 (= |folio.mapcount[F1]@3|
               (ite (and (= |pte[P0][0]@3| #x01) (= |pte.folio[P0][0]@3| #x01))
                    #x01
                    #x00)))
      (a!87 (bvadd (ite (= compact0.newpage@3 #x01) #x01 #x00)
                   (ite (and (= driver0.pc@3 #x02) (= driver0.page@3 #x01))
                        #x01
                        #x00)))
      (a!88 (not (and (not (= |pte[P0][0]@3| #x00))
                      (= |pte.folio[P0][0]@3| #x01))))
      (a!90 (and (= compact0.pc@3 #x01) (not (not (= |PG_movable[F0]@3| #x00)))))
      (a!91 (not (and (bvuge |folio.refcount[F0]@3| #x01)
                      (not (= |folio.used[F0]@3| #x00)))))
      (a!92 (and (not (= |PG_movable[F0]@3| #x00))
                 (not (= |page.mapping(driver)[F0]@3| #x00))
                 (not (not (= |PG_isolated[F0]@3| #x00)))))
      (a!93 (and (= compact0.pc@3 #x06)
                 (= |folio.refcount[F0]@3| #x01)
                 (= |PG_locked[F0]@3| #x00)))
      (a!94 (not (= (ite (= compact0.newpage@3 #x00)
                         |folio.used[F0]@3|
                         |folio.used[F1]@3|)
                    #x00)))
      (a!96 (not (= (ite (= driver0.page@3 #x00)
                         |folio.used[F0]@3|
                         |folio.used[F1]@3|)
                    #x00)))
      (a!98 (or (and (bvugt |folio.mapcount[F0]@3| #x00)
                     (not (= |PG_lru[F0]@3| #x00)))
                (bvugt |driver.owns[F0]@3| #x00)))
      (a!100 (or (and (bvugt |folio.mapcount[F1]@3| #x00)
                      (not (= |PG_lru[F1]@3| #x00)))
                 (bvugt |driver.owns[F1]@3| #x00)))
      (a!102 (not (and (not (= |folio.used[F0]@3| #x00))
                       (bvugt |folio.refcount[F0]@3| #x00))))
      (a!103 (and (= compact0.pc@3 #x03)
                  (not (= |PG_movable[F0]@3| #x00))
                  (not (= |page.mapping(driver)[F0]@3| #x00))
                  (not (not (= |PG_isolated[F0]@3| #x00)))))
      (a!104 (or (not (not (= |folio.used[F0]@3| #x00)))
                 (not (not (= |folio.used[F1]@3| #x00)))))
      (a!105 (not (and (not (= |PG_movable[F0]@3| #x00))
                       (not (= |page.mapping(driver)[F0]@3| #x00)))))
      (a!106 (and (= driver0.pc@3 #x00)
                  (= |&b_dev_info->pages_lock[0]@3| #x00)
                  (= (ite (= |driver.page[D0]@3| #x00)
                          |PG_locked[F0]@3|
                          |PG_locked[F1]@3|)
                     #x00)))
      (a!109 (= |folio.mapcount[F0]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x00))
                     #x01
                     #x00)))
      (a!110 (bvadd compact0.ref@4
                    (ite (= compact0.newpage@4 #x00) #x01 #x00)
                    (ite (and (= driver0.pc@4 #x02) (= driver0.page@4 #x00))
                         #x01
                         #x00)))
      (a!111 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x00))))
      (a!113 (= |folio.mapcount[F1]@4|
                (ite (and (= |pte[P0][0]@4| #x01) (= |pte.folio[P0][0]@4| #x01))
                     #x01
                     #x00)))
      (a!114 (bvadd (ite (= compact0.newpage@4 #x01) #x01 #x00)
                    (ite (and (= driver0.pc@4 #x02) (= driver0.page@4 #x01))
                         #x01
                         #x00)))
      (a!115 (not (and (not (= |pte[P0][0]@4| #x00))
                       (= |pte.folio[P0][0]@4| #x01))))
      (a!117 (and (= compact0.pc@4 #x01)
                  (not (not (= |PG_movable[F0]@4| #x00)))))
      (a!118 (not (and (bvuge |folio.refcount[F0]@4| #x01)
                       (not (= |folio.used[F0]@4| #x00)))))
      (a!119 (and (not (= |PG_movable[F0]@4| #x00))
                  (not (= |page.mapping(driver)[F0]@4| #x00))
                  (not (not (= |PG_isolated[F0]@4| #x00)))))
      (a!120 (and (= compact0.pc@4 #x06)
                  (= |folio.refcount[F0]@4| #x01)
                  (= |PG_locked[F0]@4| #x00)))
      (a!121 (not (= (ite (= compact0.newpage@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!123 (not (= (ite (= driver0.page@4 #x00)
                          |folio.used[F0]@4|
                          |folio.used[F1]@4|)
                     #x00)))
      (a!125 (or (and (bvugt |folio.mapcount[F0]@4| #x00)
                      (not (= |PG_lru[F0]@4| #x00)))
                 (bvugt |driver.owns[F0]@4| #x00)))
      (a!127 (or (and (bvugt |folio.mapcount[F1]@4| #x00)
                      (not (= |PG_lru[F1]@4| #x00)))
                 (bvugt |driver.owns[F1]@4| #x00)))
      (a!129 (not (and (not (= |folio.used[F0]@4| #x00))
                       (bvugt |folio.refcount[F0]@4| #x00))))
      (a!130 (and (= compact0.pc@4 #x03)
                  (not (= |PG_movable[F0]@4| #x00))
                  (not (= |page.mapping(driver)[F0]@4| #x00))
                  (not (not (= |PG_isolated[F0]@4| #x00)))))
      (a!131 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (not (not (= |folio.used[F1]@4| #x00)))))
      (a!132 (not (and (not (= |PG_movable[F0]@4| #x00))
                       (not (= |page.mapping(driver)[F0]@4| #x00)))))
      (a!133 (and (= driver0.pc@4 #x00)
                  (= |&b_dev_info->pages_lock[0]@4| #x00)
                  (= (ite (= |driver.page[D0]@4| #x00)
                          |PG_locked[F0]@4|
                          |PG_locked[F1]@4|)
                     #x00)))
      (a!136 (= |folio.mapcount[F0]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x00))
                     #x01
                     #x00)))
      (a!137 (bvadd compact0.ref@5
                    (ite (= compact0.newpage@5 #x00) #x01 #x00)
                    (ite (and (= driver0.pc@5 #x02) (= driver0.page@5 #x00))
                         #x01
                         #x00)))
      (a!138 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x00))))
      (a!140 (= |folio.mapcount[F1]@5|
                (ite (and (= |pte[P0][0]@5| #x01) (= |pte.folio[P0][0]@5| #x01))
                     #x01
                     #x00)))
      (a!141 (bvadd (ite (= compact0.newpage@5 #x01) #x01 #x00)
                    (ite (and (= driver0.pc@5 #x02) (= driver0.page@5 #x01))
                         #x01
                         #x00)))
      (a!142 (not (and (not (= |pte[P0][0]@5| #x00))
                       (= |pte.folio[P0][0]@5| #x01))))
      (a!144 (and (= compact0.pc@5 #x01)
                  (not (not (= |PG_movable[F0]@5| #x00)))))
      (a!145 (not (and (bvuge |folio.refcount[F0]@5| #x01)
                       (not (= |folio.used[F0]@5| #x00)))))
      (a!146 (and (not (= |PG_movable[F0]@5| #x00))
                  (not (= |page.mapping(driver)[F0]@5| #x00))
                  (not (not (= |PG_isolated[F0]@5| #x00)))))
      (a!147 (and (= compact0.pc@5 #x06)
                  (= |folio.refcount[F0]@5| #x01)
                  (= |PG_locked[F0]@5| #x00)))
      (a!148 (not (= (ite (= compact0.newpage@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!150 (not (= (ite (= driver0.page@5 #x00)
                          |folio.used[F0]@5|
                          |folio.used[F1]@5|)
                     #x00)))
      (a!152 (or (and (bvugt |folio.mapcount[F0]@5| #x00)
                      (not (= |PG_lru[F0]@5| #x00)))
                 (bvugt |driver.owns[F0]@5| #x00)))
      (a!154 (or (and (bvugt |folio.mapcount[F1]@5| #x00)
                      (not (= |PG_lru[F1]@5| #x00)))
                 (bvugt |driver.owns[F1]@5| #x00)))
      (a!156 (not (and (not (= |folio.used[F0]@5| #x00))
                       (bvugt |folio.refcount[F0]@5| #x00))))
      (a!157 (and (= compact0.pc@5 #x03)
                  (not (= |PG_movable[F0]@5| #x00))
                  (not (= |page.mapping(driver)[F0]@5| #x00))
                  (not (not (= |PG_isolated[F0]@5| #x00)))))
      (a!158 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (not (not (= |folio.used[F1]@5| #x00)))))
      (a!159 (not (and (not (= |PG_movable[F0]@5| #x00))
                       (not (= |page.mapping(driver)[F0]@5| #x00)))))
      (a!160 (and (= driver0.pc@5 #x00)
                  (= |&b_dev_info->pages_lock[0]@5| #x00)
                  (= (ite (= |driver.page[D0]@5| #x00)
                          |PG_locked[F0]@5|
                          |PG_locked[F1]@5|)
                     #x00)))
      (a!163 (= |folio.mapcount[F0]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x00))
                     #x01
                     #x00)))
      (a!164 (bvadd compact0.ref@6
                    (ite (= compact0.newpage@6 #x00) #x01 #x00)
                    (ite (and (= driver0.pc@6 #x02) (= driver0.page@6 #x00))
                         #x01
                         #x00)))
      (a!165 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x00))))
      (a!167 (= |folio.mapcount[F1]@6|
                (ite (and (= |pte[P0][0]@6| #x01) (= |pte.folio[P0][0]@6| #x01))
                     #x01
                     #x00)))
      (a!168 (bvadd (ite (= compact0.newpage@6 #x01) #x01 #x00)
                    (ite (and (= driver0.pc@6 #x02) (= driver0.page@6 #x01))
                         #x01
                         #x00)))
      (a!169 (not (and (not (= |pte[P0][0]@6| #x00))
                       (= |pte.folio[P0][0]@6| #x01))))
      (a!171 (and (= compact0.pc@6 #x01)
                  (not (not (= |PG_movable[F0]@6| #x00)))))
      (a!172 (not (and (bvuge |folio.refcount[F0]@6| #x01)
                       (not (= |folio.used[F0]@6| #x00)))))
      (a!173 (and (not (= |PG_movable[F0]@6| #x00))
                  (not (= |page.mapping(driver)[F0]@6| #x00))
                  (not (not (= |PG_isolated[F0]@6| #x00)))))
      (a!174 (and (= compact0.pc@6 #x06)
                  (= |folio.refcount[F0]@6| #x01)
                  (= |PG_locked[F0]@6| #x00)))
      (a!175 (not (= (ite (= compact0.newpage@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!177 (not (= (ite (= driver0.page@6 #x00)
                          |folio.used[F0]@6|
                          |folio.used[F1]@6|)
                     #x00)))
      (a!179 (or (and (bvugt |folio.mapcount[F0]@6| #x00)
                      (not (= |PG_lru[F0]@6| #x00)))
                 (bvugt |driver.owns[F0]@6| #x00)))
      (a!181 (or (and (bvugt |folio.mapcount[F1]@6| #x00)
                      (not (= |PG_lru[F1]@6| #x00)))
                 (bvugt |driver.owns[F1]@6| #x00)))
      (a!183 (not (and (not (= |folio.used[F0]@6| #x00))
                       (bvugt |folio.refcount[F0]@6| #x00))))
      (a!184 (and (= compact0.pc@6 #x03)
                  (not (= |PG_movable[F0]@6| #x00))
                  (not (= |page.mapping(driver)[F0]@6| #x00))
                  (not (not (= |PG_isolated[F0]@6| #x00)))))
      (a!185 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (not (not (= |folio.used[F1]@6| #x00)))))
      (a!186 (not (and (not (= |PG_movable[F0]@6| #x00))
                       (not (= |page.mapping(driver)[F0]@6| #x00)))))
      (a!187 (and (= driver0.pc@6 #x00)
                  (= |&b_dev_info->pages_lock[0]@6| #x00)
                  (= (ite (= |driver.page[D0]@6| #x00)
                          |PG_locked[F0]@6|
                          |PG_locked[F1]@6|)
                     #x00)))
      (a!190 (= |folio.mapcount[F0]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x00))
                     #x01
                     #x00)))
      (a!191 (bvadd compact0.ref@7
                    (ite (= compact0.newpage@7 #x00) #x01 #x00)
                    (ite (and (= driver0.pc@7 #x02) (= driver0.page@7 #x00))
                         #x01
                         #x00)))
      (a!192 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x00))))
      (a!194 (= |folio.mapcount[F1]@7|
                (ite (and (= |pte[P0][0]@7| #x01) (= |pte.folio[P0][0]@7| #x01))
                     #x01
                     #x00)))
      (a!195 (bvadd (ite (= compact0.newpage@7 #x01) #x01 #x00)
                    (ite (and (= driver0.pc@7 #x02) (= driver0.page@7 #x01))
                         #x01
                         #x00)))
      (a!196 (not (and (not (= |pte[P0][0]@7| #x00))
                       (= |pte.folio[P0][0]@7| #x01))))
      (a!198 (and (= compact0.pc@7 #x01)
                  (not (not (= |PG_movable[F0]@7| #x00)))))
      (a!199 (not (and (bvuge |folio.refcount[F0]@7| #x01)
                       (not (= |folio.used[F0]@7| #x00)))))
      (a!200 (and (not (= |PG_movable[F0]@7| #x00))
                  (not (= |page.mapping(driver)[F0]@7| #x00))
                  (not (not (= |PG_isolated[F0]@7| #x00)))))
      (a!201 (and (= compact0.pc@7 #x06)
                  (= |folio.refcount[F0]@7| #x01)
                  (= |PG_locked[F0]@7| #x00)))
      (a!202 (not (= (ite (= compact0.newpage@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!204 (not (= (ite (= driver0.page@7 #x00)
                          |folio.used[F0]@7|
                          |folio.used[F1]@7|)
                     #x00)))
      (a!206 (or (and (bvugt |folio.mapcount[F0]@7| #x00)
                      (not (= |PG_lru[F0]@7| #x00)))
                 (bvugt |driver.owns[F0]@7| #x00)))
      (a!208 (or (and (bvugt |folio.mapcount[F1]@7| #x00)
                      (not (= |PG_lru[F1]@7| #x00)))
                 (bvugt |driver.owns[F1]@7| #x00)))
      (a!210 (not (and (not (= |folio.used[F0]@7| #x00))
                       (bvugt |folio.refcount[F0]@7| #x00))))
      (a!211 (and (= compact0.pc@7 #x03)
                  (not (= |PG_movable[F0]@7| #x00))
                  (not (= |page.mapping(driver)[F0]@7| #x00))
                  (not (not (= |PG_isolated[F0]@7| #x00)))))
      (a!212 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (not (not (= |folio.used[F1]@7| #x00)))))
      (a!213 (not (and (not (= |PG_movable[F0]@7| #x00))
                       (not (= |page.mapping(driver)[F0]@7| #x00)))))
      (a!214 (and (= driver0.pc@7 #x00)
                  (= |&b_dev_info->pages_lock[0]@7| #x00)
                  (= (ite (= |driver.page[D0]@7| #x00)
                          |PG_locked[F0]@7|
                          |PG_locked[F1]@7|)
                     #x00)))
      (a!217 (= |folio.mapcount[F0]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x00))
                     #x01
                     #x00)))
      (a!218 (bvadd compact0.ref@8
                    (ite (= compact0.newpage@8 #x00) #x01 #x00)
                    (ite (and (= driver0.pc@8 #x02) (= driver0.page@8 #x00))
                         #x01
                         #x00)))
      (a!219 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x00))))
      (a!221 (= |folio.mapcount[F1]@8|
                (ite (and (= |pte[P0][0]@8| #x01) (= |pte.folio[P0][0]@8| #x01))
                     #x01
                     #x00)))
      (a!222 (bvadd (ite (= compact0.newpage@8 #x01) #x01 #x00)
                    (ite (and (= driver0.pc@8 #x02) (= driver0.page@8 #x01))
                         #x01
                         #x00)))
      (a!223 (not (and (not (= |pte[P0][0]@8| #x00))
                       (= |pte.folio[P0][0]@8| #x01))))
      (a!225 (and (= compact0.pc@8 #x01)
                  (not (not (= |PG_movable[F0]@8| #x00)))))
      (a!226 (not (and (bvuge |folio.refcount[F0]@8| #x01)
                       (not (= |folio.used[F0]@8| #x00)))))
      (a!227 (and (not (= |PG_movable[F0]@8| #x00))
                  (not (= |page.mapping(driver)[F0]@8| #x00))
                  (not (not (= |PG_isolated[F0]@8| #x00)))))
      (a!228 (and (= compact0.pc@8 #x06)
                  (= |folio.refcount[F0]@8| #x01)
                  (= |PG_locked[F0]@8| #x00)))
      (a!229 (not (= (ite (= compact0.newpage@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!231 (not (= (ite (= driver0.page@8 #x00)
                          |folio.used[F0]@8|
                          |folio.used[F1]@8|)
                     #x00)))
      (a!233 (or (and (bvugt |folio.mapcount[F0]@8| #x00)
                      (not (= |PG_lru[F0]@8| #x00)))
                 (bvugt |driver.owns[F0]@8| #x00)))
      (a!235 (or (and (bvugt |folio.mapcount[F1]@8| #x00)
                      (not (= |PG_lru[F1]@8| #x00)))
                 (bvugt |driver.owns[F1]@8| #x00)))
      (a!237 (not (and (not (= |folio.used[F0]@8| #x00))
                       (bvugt |folio.refcount[F0]@8| #x00))))
      (a!238 (and (= compact0.pc@8 #x03)
                  (not (= |PG_movable[F0]@8| #x00))
                  (not (= |page.mapping(driver)[F0]@8| #x00))
                  (not (not (= |PG_isolated[F0]@8| #x00)))))
      (a!239 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (not (not (= |folio.used[F1]@8| #x00)))))
      (a!240 (not (and (not (= |PG_movable[F0]@8| #x00))
                       (not (= |page.mapping(driver)[F0]@8| #x00)))))
      (a!241 (and (= driver0.pc@8 #x00)
                  (= |&b_dev_info->pages_lock[0]@8| #x00)
                  (= (ite (= |driver.page[D0]@8| #x00)
                          |PG_locked[F0]@8|
                          |PG_locked[F1]@8|)
                     #x00))))
(let ((a!4 (ite (not (= |folio.used[F0]@0| #x00))
                (and a!1
                     (= |folio.refcount[F0]@0|
                        (bvadd |folio.mapcount[F0]@0| a!2 |driver.owns[F0]@0|)))
                (and (= |folio.refcount[F0]@0| #x00)
                     (= |folio.mapcount[F0]@0| #x00)
                     (= a!2 #x00)
                     a!3)))
      (a!8 (ite (not (= |folio.used[F1]@0| #x00))
                (and a!5
                     (= |folio.refcount[F1]@0|
                        (bvadd |folio.mapcount[F1]@0| a!6 |driver.owns[F1]@0|)))
                (and (= |folio.refcount[F1]@0| #x00)
                     (= |folio.mapcount[F1]@0| #x00)
                     (= a!6 #x00)
                     a!7)))
      (a!14 (and (bvuge (ite (= compact0.newpage@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!13))
      (a!16 (and (bvuge (ite (= driver0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!15))
      (a!18 (or (not (not (= |folio.used[F0]@0| #x00)))
                (and a!17 (= |PG_locked[F0]@0| #x00))))
      (a!20 (or (not (not (= |folio.used[F1]@0| #x00)))
                (and a!19 (= |PG_locked[F1]@0| #x00))))
      (a!26 (or (and (= compact0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (bvugt |folio.refcount[F0]@0| #x00))
                (and (= compact0.pc@0 #x00) a!21)
                (and (= compact0.pc@0 #x01) (not (= |PG_movable[F0]@0| #x00)))
                a!9
                a!22
                (and (= compact0.pc@0 #x03) (not a!11))
                (and (= compact0.pc@0 #x04)
                     (= |&b_dev_info->pages_lock[0]@0| #x00))
                (= compact0.pc@0 #x05)
                (and (= compact0.pc@0 #x06)
                     (not (= |folio.refcount[F0]@0| #x01))
                     a!23)
                (and (= compact0.pc@0 #x06)
                     (not (= |folio.refcount[F0]@0| #x01))
                     (not a!23))
                a!12
                (and (= compact0.pc@0 #x07) (= |PG_locked[F0]@0| #x00))
                (and (= compact0.pc@0 #x08) a!24)
                (and (= compact0.pc@0 #x08)
                     (not (= |PG_movable[F0]@0| #x00))
                     (not (= |page.mapping(driver)[F0]@0| #x00))
                     (= |&b_dev_info->pages_lock[0]@0| #x00))
                (and (= compact0.pc@0 #x08)
                     (not (= |PG_movable[F0]@0| #x00))
                     (not (= |page.mapping(driver)[F0]@0| #x00)))
                (= compact0.pc@0 #x09)
                (= compact0.pc@0 #x0a)
                (= compact0.pc@0 #x0b)
                (and (= compact0.pc@0 #x0c) (= |PG_locked[F0]@0| #x00))
                (and (= compact0.pc@0 #x0d)
                     (not (= |PG_movable[F0]@0| #x00))
                     (not (= |page.mapping(driver)[F0]@0| #x00))
                     (= |&b_dev_info->pages_lock[0]@0| #x00))
                (and (= compact0.pc@0 #x0d) a!24)
                (= compact0.pc@0 #x0e)
                a!25
                (= driver0.pc@0 #x01)
                (= driver0.pc@0 #x02)))
      (a!31 (ite (not (= |folio.used[F0]@1| #x00))
                 (and a!28
                      (= |folio.refcount[F0]@1|
                         (bvadd |folio.mapcount[F0]@1| a!29 |driver.owns[F0]@1|)))
                 (and (= |folio.refcount[F0]@1| #x00)
                      (= |folio.mapcount[F0]@1| #x00)
                      (= a!29 #x00)
                      a!30)))
      (a!35 (ite (not (= |folio.used[F1]@1| #x00))
                 (and a!32
                      (= |folio.refcount[F1]@1|
                         (bvadd |folio.mapcount[F1]@1| a!33 |driver.owns[F1]@1|)))
                 (and (= |folio.refcount[F1]@1| #x00)
                      (= |folio.mapcount[F1]@1| #x00)
                      (= a!33 #x00)
                      a!34)))
      (a!41 (and (bvuge (ite (= compact0.newpage@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!40))
      (a!43 (and (bvuge (ite (= driver0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!42))
      (a!45 (or (not (not (= |folio.used[F0]@1| #x00)))
                (and a!44 (= |PG_locked[F0]@1| #x00))))
      (a!47 (or (not (not (= |folio.used[F1]@1| #x00)))
                (and a!46 (= |PG_locked[F1]@1| #x00))))
      (a!53 (or (and (= compact0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (bvugt |folio.refcount[F0]@1| #x00))
                (and (= compact0.pc@1 #x00) a!48)
                (and (= compact0.pc@1 #x01) (not (= |PG_movable[F0]@1| #x00)))
                a!36
                a!49
                (and (= compact0.pc@1 #x03) (not a!38))
                (and (= compact0.pc@1 #x04)
                     (= |&b_dev_info->pages_lock[0]@1| #x00))
                (= compact0.pc@1 #x05)
                (and (= compact0.pc@1 #x06)
                     (not (= |folio.refcount[F0]@1| #x01))
                     a!50)
                (and (= compact0.pc@1 #x06)
                     (not (= |folio.refcount[F0]@1| #x01))
                     (not a!50))
                a!39
                (and (= compact0.pc@1 #x07) (= |PG_locked[F0]@1| #x00))
                (and (= compact0.pc@1 #x08) a!51)
                (and (= compact0.pc@1 #x08)
                     (not (= |PG_movable[F0]@1| #x00))
                     (not (= |page.mapping(driver)[F0]@1| #x00))
                     (= |&b_dev_info->pages_lock[0]@1| #x00))
                (and (= compact0.pc@1 #x08)
                     (not (= |PG_movable[F0]@1| #x00))
                     (not (= |page.mapping(driver)[F0]@1| #x00)))
                (= compact0.pc@1 #x09)
                (= compact0.pc@1 #x0a)
                (= compact0.pc@1 #x0b)
                (and (= compact0.pc@1 #x0c) (= |PG_locked[F0]@1| #x00))
                (and (= compact0.pc@1 #x0d)
                     (not (= |PG_movable[F0]@1| #x00))
                     (not (= |page.mapping(driver)[F0]@1| #x00))
                     (= |&b_dev_info->pages_lock[0]@1| #x00))
                (and (= compact0.pc@1 #x0d) a!51)
                (= compact0.pc@1 #x0e)
                a!52
                (= driver0.pc@1 #x01)
                (= driver0.pc@1 #x02)))
      (a!58 (ite (not (= |folio.used[F0]@2| #x00))
                 (and a!55
                      (= |folio.refcount[F0]@2|
                         (bvadd |folio.mapcount[F0]@2| a!56 |driver.owns[F0]@2|)))
                 (and (= |folio.refcount[F0]@2| #x00)
                      (= |folio.mapcount[F0]@2| #x00)
                      (= a!56 #x00)
                      a!57)))
      (a!62 (ite (not (= |folio.used[F1]@2| #x00))
                 (and a!59
                      (= |folio.refcount[F1]@2|
                         (bvadd |folio.mapcount[F1]@2| a!60 |driver.owns[F1]@2|)))
                 (and (= |folio.refcount[F1]@2| #x00)
                      (= |folio.mapcount[F1]@2| #x00)
                      (= a!60 #x00)
                      a!61)))
      (a!68 (and (bvuge (ite (= compact0.newpage@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!67))
      (a!70 (and (bvuge (ite (= driver0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!69))
      (a!72 (or (not (not (= |folio.used[F0]@2| #x00)))
                (and a!71 (= |PG_locked[F0]@2| #x00))))
      (a!74 (or (not (not (= |folio.used[F1]@2| #x00)))
                (and a!73 (= |PG_locked[F1]@2| #x00))))
      (a!80 (or (and (= compact0.pc@2 #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (bvugt |folio.refcount[F0]@2| #x00))
                (and (= compact0.pc@2 #x00) a!75)
                (and (= compact0.pc@2 #x01) (not (= |PG_movable[F0]@2| #x00)))
                a!63
                a!76
                (and (= compact0.pc@2 #x03) (not a!65))
                (and (= compact0.pc@2 #x04)
                     (= |&b_dev_info->pages_lock[0]@2| #x00))
                (= compact0.pc@2 #x05)
                (and (= compact0.pc@2 #x06)
                     (not (= |folio.refcount[F0]@2| #x01))
                     a!77)
                (and (= compact0.pc@2 #x06)
                     (not (= |folio.refcount[F0]@2| #x01))
                     (not a!77))
                a!66
                (and (= compact0.pc@2 #x07) (= |PG_locked[F0]@2| #x00))
                (and (= compact0.pc@2 #x08) a!78)
                (and (= compact0.pc@2 #x08)
                     (not (= |PG_movable[F0]@2| #x00))
                     (not (= |page.mapping(driver)[F0]@2| #x00))
                     (= |&b_dev_info->pages_lock[0]@2| #x00))
                (and (= compact0.pc@2 #x08)
                     (not (= |PG_movable[F0]@2| #x00))
                     (not (= |page.mapping(driver)[F0]@2| #x00)))
                (= compact0.pc@2 #x09)
                (= compact0.pc@2 #x0a)
                (= compact0.pc@2 #x0b)
                (and (= compact0.pc@2 #x0c) (= |PG_locked[F0]@2| #x00))
                (and (= compact0.pc@2 #x0d)
                     (not (= |PG_movable[F0]@2| #x00))
                     (not (= |page.mapping(driver)[F0]@2| #x00))
                     (= |&b_dev_info->pages_lock[0]@2| #x00))
                (and (= compact0.pc@2 #x0d) a!78)
                (= compact0.pc@2 #x0e)
                a!79
                (= driver0.pc@2 #x01)
                (= driver0.pc@2 #x02)))
      (a!85 (ite (not (= |folio.used[F0]@3| #x00))
                 (and a!82
                      (= |folio.refcount[F0]@3|
                         (bvadd |folio.mapcount[F0]@3| a!83 |driver.owns[F0]@3|)))
                 (and (= |folio.refcount[F0]@3| #x00)
                      (= |folio.mapcount[F0]@3| #x00)
                      (= a!83 #x00)
                      a!84)))
      (a!89 (ite (not (= |folio.used[F1]@3| #x00))
                 (and a!86
                      (= |folio.refcount[F1]@3|
                         (bvadd |folio.mapcount[F1]@3| a!87 |driver.owns[F1]@3|)))
                 (and (= |folio.refcount[F1]@3| #x00)
                      (= |folio.mapcount[F1]@3| #x00)
                      (= a!87 #x00)
                      a!88)))
      (a!95 (and (bvuge (ite (= compact0.newpage@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!94))
      (a!97 (and (bvuge (ite (= driver0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!96))
      (a!99 (or (not (not (= |folio.used[F0]@3| #x00)))
                (and a!98 (= |PG_locked[F0]@3| #x00))))
      (a!101 (or (not (not (= |folio.used[F1]@3| #x00)))
                 (and a!100 (= |PG_locked[F1]@3| #x00))))
      (a!107 (or (and (= compact0.pc@3 #x00)
                      (not (= |folio.used[F0]@3| #x00))
                      (bvugt |folio.refcount[F0]@3| #x00))
                 (and (= compact0.pc@3 #x00) a!102)
                 (and (= compact0.pc@3 #x01) (not (= |PG_movable[F0]@3| #x00)))
                 a!90
                 a!103
                 (and (= compact0.pc@3 #x03) (not a!92))
                 (and (= compact0.pc@3 #x04)
                      (= |&b_dev_info->pages_lock[0]@3| #x00))
                 (= compact0.pc@3 #x05)
                 (and (= compact0.pc@3 #x06)
                      (not (= |folio.refcount[F0]@3| #x01))
                      a!104)
                 (and (= compact0.pc@3 #x06)
                      (not (= |folio.refcount[F0]@3| #x01))
                      (not a!104))
                 a!93
                 (and (= compact0.pc@3 #x07) (= |PG_locked[F0]@3| #x00))
                 (and (= compact0.pc@3 #x08) a!105)
                 (and (= compact0.pc@3 #x08)
                      (not (= |PG_movable[F0]@3| #x00))
                      (not (= |page.mapping(driver)[F0]@3| #x00))
                      (= |&b_dev_info->pages_lock[0]@3| #x00))
                 (and (= compact0.pc@3 #x08)
                      (not (= |PG_movable[F0]@3| #x00))
                      (not (= |page.mapping(driver)[F0]@3| #x00)))
                 (= compact0.pc@3 #x09)
                 (= compact0.pc@3 #x0a)
                 (= compact0.pc@3 #x0b)
                 (and (= compact0.pc@3 #x0c) (= |PG_locked[F0]@3| #x00))
                 (and (= compact0.pc@3 #x0d)
                      (not (= |PG_movable[F0]@3| #x00))
                      (not (= |page.mapping(driver)[F0]@3| #x00))
                      (= |&b_dev_info->pages_lock[0]@3| #x00))
                 (and (= compact0.pc@3 #x0d) a!105)
                 (= compact0.pc@3 #x0e)
                 a!106
                 (= driver0.pc@3 #x01)
                 (= driver0.pc@3 #x02)))
      (a!112 (ite (not (= |folio.used[F0]@4| #x00))
                  (and a!109
                       (= |folio.refcount[F0]@4|
                          (bvadd |folio.mapcount[F0]@4|
                                 a!110
                                 |driver.owns[F0]@4|)))
                  (and (= |folio.refcount[F0]@4| #x00)
                       (= |folio.mapcount[F0]@4| #x00)
                       (= a!110 #x00)
                       a!111)))
      (a!116 (ite (not (= |folio.used[F1]@4| #x00))
                  (and a!113
                       (= |folio.refcount[F1]@4|
                          (bvadd |folio.mapcount[F1]@4|
                                 a!114
                                 |driver.owns[F1]@4|)))
                  (and (= |folio.refcount[F1]@4| #x00)
                       (= |folio.mapcount[F1]@4| #x00)
                       (= a!114 #x00)
                       a!115)))
      (a!122 (and (bvuge (ite (= compact0.newpage@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!121))
      (a!124 (and (bvuge (ite (= driver0.page@4 #x00)
                              |folio.refcount[F0]@4|
                              |folio.refcount[F1]@4|)
                         #x01)
                  a!123))
      (a!126 (or (not (not (= |folio.used[F0]@4| #x00)))
                 (and a!125 (= |PG_locked[F0]@4| #x00))))
      (a!128 (or (not (not (= |folio.used[F1]@4| #x00)))
                 (and a!127 (= |PG_locked[F1]@4| #x00))))
      (a!134 (or (and (= compact0.pc@4 #x00)
                      (not (= |folio.used[F0]@4| #x00))
                      (bvugt |folio.refcount[F0]@4| #x00))
                 (and (= compact0.pc@4 #x00) a!129)
                 (and (= compact0.pc@4 #x01) (not (= |PG_movable[F0]@4| #x00)))
                 a!117
                 a!130
                 (and (= compact0.pc@4 #x03) (not a!119))
                 (and (= compact0.pc@4 #x04)
                      (= |&b_dev_info->pages_lock[0]@4| #x00))
                 (= compact0.pc@4 #x05)
                 (and (= compact0.pc@4 #x06)
                      (not (= |folio.refcount[F0]@4| #x01))
                      a!131)
                 (and (= compact0.pc@4 #x06)
                      (not (= |folio.refcount[F0]@4| #x01))
                      (not a!131))
                 a!120
                 (and (= compact0.pc@4 #x07) (= |PG_locked[F0]@4| #x00))
                 (and (= compact0.pc@4 #x08) a!132)
                 (and (= compact0.pc@4 #x08)
                      (not (= |PG_movable[F0]@4| #x00))
                      (not (= |page.mapping(driver)[F0]@4| #x00))
                      (= |&b_dev_info->pages_lock[0]@4| #x00))
                 (and (= compact0.pc@4 #x08)
                      (not (= |PG_movable[F0]@4| #x00))
                      (not (= |page.mapping(driver)[F0]@4| #x00)))
                 (= compact0.pc@4 #x09)
                 (= compact0.pc@4 #x0a)
                 (= compact0.pc@4 #x0b)
                 (and (= compact0.pc@4 #x0c) (= |PG_locked[F0]@4| #x00))
                 (and (= compact0.pc@4 #x0d)
                      (not (= |PG_movable[F0]@4| #x00))
                      (not (= |page.mapping(driver)[F0]@4| #x00))
                      (= |&b_dev_info->pages_lock[0]@4| #x00))
                 (and (= compact0.pc@4 #x0d) a!132)
                 (= compact0.pc@4 #x0e)
                 a!133
                 (= driver0.pc@4 #x01)
                 (= driver0.pc@4 #x02)))
      (a!139 (ite (not (= |folio.used[F0]@5| #x00))
                  (and a!136
                       (= |folio.refcount[F0]@5|
                          (bvadd |folio.mapcount[F0]@5|
                                 a!137
                                 |driver.owns[F0]@5|)))
                  (and (= |folio.refcount[F0]@5| #x00)
                       (= |folio.mapcount[F0]@5| #x00)
                       (= a!137 #x00)
                       a!138)))
      (a!143 (ite (not (= |folio.used[F1]@5| #x00))
                  (and a!140
                       (= |folio.refcount[F1]@5|
                          (bvadd |folio.mapcount[F1]@5|
                                 a!141
                                 |driver.owns[F1]@5|)))
                  (and (= |folio.refcount[F1]@5| #x00)
                       (= |folio.mapcount[F1]@5| #x00)
                       (= a!141 #x00)
                       a!142)))
      (a!149 (and (bvuge (ite (= compact0.newpage@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!148))
      (a!151 (and (bvuge (ite (= driver0.page@5 #x00)
                              |folio.refcount[F0]@5|
                              |folio.refcount[F1]@5|)
                         #x01)
                  a!150))
      (a!153 (or (not (not (= |folio.used[F0]@5| #x00)))
                 (and a!152 (= |PG_locked[F0]@5| #x00))))
      (a!155 (or (not (not (= |folio.used[F1]@5| #x00)))
                 (and a!154 (= |PG_locked[F1]@5| #x00))))
      (a!161 (or (and (= compact0.pc@5 #x00)
                      (not (= |folio.used[F0]@5| #x00))
                      (bvugt |folio.refcount[F0]@5| #x00))
                 (and (= compact0.pc@5 #x00) a!156)
                 (and (= compact0.pc@5 #x01) (not (= |PG_movable[F0]@5| #x00)))
                 a!144
                 a!157
                 (and (= compact0.pc@5 #x03) (not a!146))
                 (and (= compact0.pc@5 #x04)
                      (= |&b_dev_info->pages_lock[0]@5| #x00))
                 (= compact0.pc@5 #x05)
                 (and (= compact0.pc@5 #x06)
                      (not (= |folio.refcount[F0]@5| #x01))
                      a!158)
                 (and (= compact0.pc@5 #x06)
                      (not (= |folio.refcount[F0]@5| #x01))
                      (not a!158))
                 a!147
                 (and (= compact0.pc@5 #x07) (= |PG_locked[F0]@5| #x00))
                 (and (= compact0.pc@5 #x08) a!159)
                 (and (= compact0.pc@5 #x08)
                      (not (= |PG_movable[F0]@5| #x00))
                      (not (= |page.mapping(driver)[F0]@5| #x00))
                      (= |&b_dev_info->pages_lock[0]@5| #x00))
                 (and (= compact0.pc@5 #x08)
                      (not (= |PG_movable[F0]@5| #x00))
                      (not (= |page.mapping(driver)[F0]@5| #x00)))
                 (= compact0.pc@5 #x09)
                 (= compact0.pc@5 #x0a)
                 (= compact0.pc@5 #x0b)
                 (and (= compact0.pc@5 #x0c) (= |PG_locked[F0]@5| #x00))
                 (and (= compact0.pc@5 #x0d)
                      (not (= |PG_movable[F0]@5| #x00))
                      (not (= |page.mapping(driver)[F0]@5| #x00))
                      (= |&b_dev_info->pages_lock[0]@5| #x00))
                 (and (= compact0.pc@5 #x0d) a!159)
                 (= compact0.pc@5 #x0e)
                 a!160
                 (= driver0.pc@5 #x01)
                 (= driver0.pc@5 #x02)))
      (a!166 (ite (not (= |folio.used[F0]@6| #x00))
                  (and a!163
                       (= |folio.refcount[F0]@6|
                          (bvadd |folio.mapcount[F0]@6|
                                 a!164
                                 |driver.owns[F0]@6|)))
                  (and (= |folio.refcount[F0]@6| #x00)
                       (= |folio.mapcount[F0]@6| #x00)
                       (= a!164 #x00)
                       a!165)))
      (a!170 (ite (not (= |folio.used[F1]@6| #x00))
                  (and a!167
                       (= |folio.refcount[F1]@6|
                          (bvadd |folio.mapcount[F1]@6|
                                 a!168
                                 |driver.owns[F1]@6|)))
                  (and (= |folio.refcount[F1]@6| #x00)
                       (= |folio.mapcount[F1]@6| #x00)
                       (= a!168 #x00)
                       a!169)))
      (a!176 (and (bvuge (ite (= compact0.newpage@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!175))
      (a!178 (and (bvuge (ite (= driver0.page@6 #x00)
                              |folio.refcount[F0]@6|
                              |folio.refcount[F1]@6|)
                         #x01)
                  a!177))
      (a!180 (or (not (not (= |folio.used[F0]@6| #x00)))
                 (and a!179 (= |PG_locked[F0]@6| #x00))))
      (a!182 (or (not (not (= |folio.used[F1]@6| #x00)))
                 (and a!181 (= |PG_locked[F1]@6| #x00))))
      (a!188 (or (and (= compact0.pc@6 #x00)
                      (not (= |folio.used[F0]@6| #x00))
                      (bvugt |folio.refcount[F0]@6| #x00))
                 (and (= compact0.pc@6 #x00) a!183)
                 (and (= compact0.pc@6 #x01) (not (= |PG_movable[F0]@6| #x00)))
                 a!171
                 a!184
                 (and (= compact0.pc@6 #x03) (not a!173))
                 (and (= compact0.pc@6 #x04)
                      (= |&b_dev_info->pages_lock[0]@6| #x00))
                 (= compact0.pc@6 #x05)
                 (and (= compact0.pc@6 #x06)
                      (not (= |folio.refcount[F0]@6| #x01))
                      a!185)
                 (and (= compact0.pc@6 #x06)
                      (not (= |folio.refcount[F0]@6| #x01))
                      (not a!185))
                 a!174
                 (and (= compact0.pc@6 #x07) (= |PG_locked[F0]@6| #x00))
                 (and (= compact0.pc@6 #x08) a!186)
                 (and (= compact0.pc@6 #x08)
                      (not (= |PG_movable[F0]@6| #x00))
                      (not (= |page.mapping(driver)[F0]@6| #x00))
                      (= |&b_dev_info->pages_lock[0]@6| #x00))
                 (and (= compact0.pc@6 #x08)
                      (not (= |PG_movable[F0]@6| #x00))
                      (not (= |page.mapping(driver)[F0]@6| #x00)))
                 (= compact0.pc@6 #x09)
                 (= compact0.pc@6 #x0a)
                 (= compact0.pc@6 #x0b)
                 (and (= compact0.pc@6 #x0c) (= |PG_locked[F0]@6| #x00))
                 (and (= compact0.pc@6 #x0d)
                      (not (= |PG_movable[F0]@6| #x00))
                      (not (= |page.mapping(driver)[F0]@6| #x00))
                      (= |&b_dev_info->pages_lock[0]@6| #x00))
                 (and (= compact0.pc@6 #x0d) a!186)
                 (= compact0.pc@6 #x0e)
                 a!187
                 (= driver0.pc@6 #x01)
                 (= driver0.pc@6 #x02)))
      (a!193 (ite (not (= |folio.used[F0]@7| #x00))
                  (and a!190
                       (= |folio.refcount[F0]@7|
                          (bvadd |folio.mapcount[F0]@7|
                                 a!191
                                 |driver.owns[F0]@7|)))
                  (and (= |folio.refcount[F0]@7| #x00)
                       (= |folio.mapcount[F0]@7| #x00)
                       (= a!191 #x00)
                       a!192)))
      (a!197 (ite (not (= |folio.used[F1]@7| #x00))
                  (and a!194
                       (= |folio.refcount[F1]@7|
                          (bvadd |folio.mapcount[F1]@7|
                                 a!195
                                 |driver.owns[F1]@7|)))
                  (and (= |folio.refcount[F1]@7| #x00)
                       (= |folio.mapcount[F1]@7| #x00)
                       (= a!195 #x00)
                       a!196)))
      (a!203 (and (bvuge (ite (= compact0.newpage@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!202))
      (a!205 (and (bvuge (ite (= driver0.page@7 #x00)
                              |folio.refcount[F0]@7|
                              |folio.refcount[F1]@7|)
                         #x01)
                  a!204))
      (a!207 (or (not (not (= |folio.used[F0]@7| #x00)))
                 (and a!206 (= |PG_locked[F0]@7| #x00))))
      (a!209 (or (not (not (= |folio.used[F1]@7| #x00)))
                 (and a!208 (= |PG_locked[F1]@7| #x00))))
      (a!215 (or (and (= compact0.pc@7 #x00)
                      (not (= |folio.used[F0]@7| #x00))
                      (bvugt |folio.refcount[F0]@7| #x00))
                 (and (= compact0.pc@7 #x00) a!210)
                 (and (= compact0.pc@7 #x01) (not (= |PG_movable[F0]@7| #x00)))
                 a!198
                 a!211
                 (and (= compact0.pc@7 #x03) (not a!200))
                 (and (= compact0.pc@7 #x04)
                      (= |&b_dev_info->pages_lock[0]@7| #x00))
                 (= compact0.pc@7 #x05)
                 (and (= compact0.pc@7 #x06)
                      (not (= |folio.refcount[F0]@7| #x01))
                      a!212)
                 (and (= compact0.pc@7 #x06)
                      (not (= |folio.refcount[F0]@7| #x01))
                      (not a!212))
                 a!201
                 (and (= compact0.pc@7 #x07) (= |PG_locked[F0]@7| #x00))
                 (and (= compact0.pc@7 #x08) a!213)
                 (and (= compact0.pc@7 #x08)
                      (not (= |PG_movable[F0]@7| #x00))
                      (not (= |page.mapping(driver)[F0]@7| #x00))
                      (= |&b_dev_info->pages_lock[0]@7| #x00))
                 (and (= compact0.pc@7 #x08)
                      (not (= |PG_movable[F0]@7| #x00))
                      (not (= |page.mapping(driver)[F0]@7| #x00)))
                 (= compact0.pc@7 #x09)
                 (= compact0.pc@7 #x0a)
                 (= compact0.pc@7 #x0b)
                 (and (= compact0.pc@7 #x0c) (= |PG_locked[F0]@7| #x00))
                 (and (= compact0.pc@7 #x0d)
                      (not (= |PG_movable[F0]@7| #x00))
                      (not (= |page.mapping(driver)[F0]@7| #x00))
                      (= |&b_dev_info->pages_lock[0]@7| #x00))
                 (and (= compact0.pc@7 #x0d) a!213)
                 (= compact0.pc@7 #x0e)
                 a!214
                 (= driver0.pc@7 #x01)
                 (= driver0.pc@7 #x02)))
      (a!220 (ite (not (= |folio.used[F0]@8| #x00))
                  (and a!217
                       (= |folio.refcount[F0]@8|
                          (bvadd |folio.mapcount[F0]@8|
                                 a!218
                                 |driver.owns[F0]@8|)))
                  (and (= |folio.refcount[F0]@8| #x00)
                       (= |folio.mapcount[F0]@8| #x00)
                       (= a!218 #x00)
                       a!219)))
      (a!224 (ite (not (= |folio.used[F1]@8| #x00))
                  (and a!221
                       (= |folio.refcount[F1]@8|
                          (bvadd |folio.mapcount[F1]@8|
                                 a!222
                                 |driver.owns[F1]@8|)))
                  (and (= |folio.refcount[F1]@8| #x00)
                       (= |folio.mapcount[F1]@8| #x00)
                       (= a!222 #x00)
                       a!223)))
      (a!230 (and (bvuge (ite (= compact0.newpage@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!229))
      (a!232 (and (bvuge (ite (= driver0.page@8 #x00)
                              |folio.refcount[F0]@8|
                              |folio.refcount[F1]@8|)
                         #x01)
                  a!231))
      (a!234 (or (not (not (= |folio.used[F0]@8| #x00)))
                 (and a!233 (= |PG_locked[F0]@8| #x00))))
      (a!236 (or (not (not (= |folio.used[F1]@8| #x00)))
                 (and a!235 (= |PG_locked[F1]@8| #x00))))
      (a!242 (or (and (= compact0.pc@8 #x00)
                      (not (= |folio.used[F0]@8| #x00))
                      (bvugt |folio.refcount[F0]@8| #x00))
                 (and (= compact0.pc@8 #x00) a!237)
                 (and (= compact0.pc@8 #x01) (not (= |PG_movable[F0]@8| #x00)))
                 a!225
                 a!238
                 (and (= compact0.pc@8 #x03) (not a!227))
                 (and (= compact0.pc@8 #x04)
                      (= |&b_dev_info->pages_lock[0]@8| #x00))
                 (= compact0.pc@8 #x05)
                 (and (= compact0.pc@8 #x06)
                      (not (= |folio.refcount[F0]@8| #x01))
                      a!239)
                 (and (= compact0.pc@8 #x06)
                      (not (= |folio.refcount[F0]@8| #x01))
                      (not a!239))
                 a!228
                 (and (= compact0.pc@8 #x07) (= |PG_locked[F0]@8| #x00))
                 (and (= compact0.pc@8 #x08) a!240)
                 (and (= compact0.pc@8 #x08)
                      (not (= |PG_movable[F0]@8| #x00))
                      (not (= |page.mapping(driver)[F0]@8| #x00))
                      (= |&b_dev_info->pages_lock[0]@8| #x00))
                 (and (= compact0.pc@8 #x08)
                      (not (= |PG_movable[F0]@8| #x00))
                      (not (= |page.mapping(driver)[F0]@8| #x00)))
                 (= compact0.pc@8 #x09)
                 (= compact0.pc@8 #x0a)
                 (= compact0.pc@8 #x0b)
                 (and (= compact0.pc@8 #x0c) (= |PG_locked[F0]@8| #x00))
                 (and (= compact0.pc@8 #x0d)
                      (not (= |PG_movable[F0]@8| #x00))
                      (not (= |page.mapping(driver)[F0]@8| #x00))
                      (= |&b_dev_info->pages_lock[0]@8| #x00))
                 (and (= compact0.pc@8 #x0d) a!240)
                 (= compact0.pc@8 #x0e)
                 a!241
                 (= driver0.pc@8 #x01)
                 (= driver0.pc@8 #x02))))
(let ((a!27 (and (not (and (= compact0.pc@0 #x0f) (= driver0.pc@0 #x03)))
                 (not a!26)))
      (a!54 (and (not (and (= compact0.pc@1 #x0f) (= driver0.pc@1 #x03)))
                 (not a!53)))
      (a!81 (and (not (and (= compact0.pc@2 #x0f) (= driver0.pc@2 #x03)))
                 (not a!80)))
      (a!108 (and (not (and (= compact0.pc@3 #x0f) (= driver0.pc@3 #x03)))
                  (not a!107)))
      (a!135 (and (not (and (= compact0.pc@4 #x0f) (= driver0.pc@4 #x03)))
                  (not a!134)))
      (a!162 (and (not (and (= compact0.pc@5 #x0f) (= driver0.pc@5 #x03)))
                  (not a!161)))
      (a!189 (and (not (and (= compact0.pc@6 #x0f) (= driver0.pc@6 #x03)))
                  (not a!188)))
      (a!216 (and (not (and (= compact0.pc@7 #x0f) (= driver0.pc@7 #x03)))
                  (not a!215)))
      (a!243 (and (not (and (= compact0.pc@8 #x0f) (= driver0.pc@8 #x03)))
                  (not a!242))))
  (or (not (and a!4 a!8))
      (and a!9 a!10)
      (and (and (= compact0.pc@0 #x03) (not a!11)) a!10)
      (and a!12 a!10)
      (and (= compact0.pc@0 #x0a) a!10)
      (and (= compact0.pc@0 #x0b) (not a!14))
      (and (= compact0.pc@0 #x0e) a!10)
      (and (= driver0.pc@0 #x02) (not a!16))
      (and (and (= compact0.pc@0 #x0f) (= driver0.pc@0 #x03))
           (not (and a!18 a!20)))
      a!27
      (not (and a!31 a!35))
      (and a!36 a!37)
      (and (and (= compact0.pc@1 #x03) (not a!38)) a!37)
      (and a!39 a!37)
      (and (= compact0.pc@1 #x0a) a!37)
      (and (= compact0.pc@1 #x0b) (not a!41))
      (and (= compact0.pc@1 #x0e) a!37)
      (and (= driver0.pc@1 #x02) (not a!43))
      (and (and (= compact0.pc@1 #x0f) (= driver0.pc@1 #x03))
           (not (and a!45 a!47)))
      a!54
      (not (and a!58 a!62))
      (and a!63 a!64)
      (and (and (= compact0.pc@2 #x03) (not a!65)) a!64)
      (and a!66 a!64)
      (and (= compact0.pc@2 #x0a) a!64)
      (and (= compact0.pc@2 #x0b) (not a!68))
      (and (= compact0.pc@2 #x0e) a!64)
      (and (= driver0.pc@2 #x02) (not a!70))
      (and (and (= compact0.pc@2 #x0f) (= driver0.pc@2 #x03))
           (not (and a!72 a!74)))
      a!81
      (not (and a!85 a!89))
      (and a!90 a!91)
      (and (and (= compact0.pc@3 #x03) (not a!92)) a!91)
      (and a!93 a!91)
      (and (= compact0.pc@3 #x0a) a!91)
      (and (= compact0.pc@3 #x0b) (not a!95))
      (and (= compact0.pc@3 #x0e) a!91)
      (and (= driver0.pc@3 #x02) (not a!97))
      (and (and (= compact0.pc@3 #x0f) (= driver0.pc@3 #x03))
           (not (and a!99 a!101)))
      a!108
      (not (and a!112 a!116))
      (and a!117 a!118)
      (and (and (= compact0.pc@4 #x03) (not a!119)) a!118)
      (and a!120 a!118)
      (and (= compact0.pc@4 #x0a) a!118)
      (and (= compact0.pc@4 #x0b) (not a!122))
      (and (= compact0.pc@4 #x0e) a!118)
      (and (= driver0.pc@4 #x02) (not a!124))
      (and (and (= compact0.pc@4 #x0f) (= driver0.pc@4 #x03))
           (not (and a!126 a!128)))
      a!135
      (not (and a!139 a!143))
      (and a!144 a!145)
      (and (and (= compact0.pc@5 #x03) (not a!146)) a!145)
      (and a!147 a!145)
      (and (= compact0.pc@5 #x0a) a!145)
      (and (= compact0.pc@5 #x0b) (not a!149))
      (and (= compact0.pc@5 #x0e) a!145)
      (and (= driver0.pc@5 #x02) (not a!151))
      (and (and (= compact0.pc@5 #x0f) (= driver0.pc@5 #x03))
           (not (and a!153 a!155)))
      a!162
      (not (and a!166 a!170))
      (and a!171 a!172)
      (and (and (= compact0.pc@6 #x03) (not a!173)) a!172)
      (and a!174 a!172)
      (and (= compact0.pc@6 #x0a) a!172)
      (and (= compact0.pc@6 #x0b) (not a!176))
      (and (= compact0.pc@6 #x0e) a!172)
      (and (= driver0.pc@6 #x02) (not a!178))
      (and (and (= compact0.pc@6 #x0f) (= driver0.pc@6 #x03))
           (not (and a!180 a!182)))
      a!189
      (not (and a!193 a!197))
      (and a!198 a!199)
      (and (and (= compact0.pc@7 #x03) (not a!200)) a!199)
      (and a!201 a!199)
      (and (= compact0.pc@7 #x0a) a!199)
      (and (= compact0.pc@7 #x0b) (not a!203))
      (and (= compact0.pc@7 #x0e) a!199)
      (and (= driver0.pc@7 #x02) (not a!205))
      (and (and (= compact0.pc@7 #x0f) (= driver0.pc@7 #x03))
           (not (and a!207 a!209)))
      a!216
      (not (and a!220 a!224))
      (and a!225 a!226)
      (and (and (= compact0.pc@8 #x03) (not a!227)) a!226)
      (and a!228 a!226)
      (and (= compact0.pc@8 #x0a) a!226)
      (and (= compact0.pc@8 #x0b) (not a!230))
      (and (= compact0.pc@8 #x0e) a!226)
      (and (= driver0.pc@8 #x02) (not a!232))
      (and (and (= compact0.pc@8 #x0f) (= driver0.pc@8 #x03))
           (not (and a!234 a!236)))
      a!243)))))
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
(model-add |PG_lru[F0]@0| () (_ BitVec 8) #x00)
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
(model-add |PG_movable[F0]@0| () (_ BitVec 8) #x01)
(model-add |PG_movable[F1]@0| () (_ BitVec 8) #x00)
(model-add |page.mapping(driver)[F0]@0| () (_ BitVec 8) #x01)
(model-add |page.mapping(driver)[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_isolated[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_isolated[F1]@0| () (_ BitVec 8) #x00)
(model-add |driver.list[F0]@0| () (_ BitVec 8) #x01)
(model-add |driver.list[F1]@0| () (_ BitVec 8) #x00)
(model-add |driver.owns[F0]@0| () (_ BitVec 8) #x01)
(model-add |driver.owns[F1]@0| () (_ BitVec 8) #x00)
(model-add |driver.page[D0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@0| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@0| () (_ BitVec 8) #x00)
(model-add compact0.pc@0 () (_ BitVec 8) #x00)
(model-add compact0.ref@0 () (_ BitVec 8) #x00)
(model-add compact0.newpage@0 () (_ BitVec 8) #x02)
(model-add compact0.ok@0 () (_ BitVec 8) #x00)
(model-add driver0.pc@0 () (_ BitVec 8) #x00)
(model-add driver0.page@0 () (_ BitVec 8) #x02)
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
(model-add |PG_lru[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@1| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@1| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.data[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_movable[F1]@1| () (_ BitVec 8) #x00)
(model-add |page.mapping(driver)[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_isolated[F1]@1| () (_ BitVec 8) #x00)
(model-add |driver.list[F1]@1| () (_ BitVec 8) #x00)
(model-add |driver.owns[F1]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@1| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@1| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@2| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@2| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@2| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@2| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@2| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@2| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@3| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@3| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@3| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@3| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@3| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@3| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@4| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@4| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@4| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@4| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@4| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@4| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@4| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@4| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@4| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@5| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@5| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@5| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@5| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@5| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@5| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@5| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@5| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@5| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@6| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@6| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@6| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@6| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@6| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@6| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@6| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@6| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@6| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@6| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@6| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@6| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@6| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@6| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@7| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@7| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@7| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@7| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@7| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@7| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@7| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@7| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@7| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@7| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@7| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@7| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@7| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@7| () (_ BitVec 8) #x00)
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
(model-add |PG_lru[F0]@8| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@8| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@8| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@8| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@8| () (_ BitVec 8) #x01)
(model-add |folio.mapping[F1]@8| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@8| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@8| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|)))
                 (a!4 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= driver0.page@7 #x00))
                               (not (= rule@7 #x18)))
                           |folio.data[F0]@7|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x00)))
                           (ite (= rule@7 #x15)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@7 #x0d))
                               (not (= compact0.newpage@7 #x00)))
                           (ite (= rule@7 #x10)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                a!5)
                           |folio.data[F0]@7|)))
           (let ((a!7 (ite (or (not (= rule@7 #x08)) a!1)
                           (ite (= rule@7 #x0a)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |folio.data[F0]@7|)
                                a!6)
                           #x00)))
             (ite (or (= rule@7 #x03) (= rule@7 #x05))
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                  a!7)))))))
(model-add |folio.data[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@7| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|)))
                 (a!4 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |folio.data[F0]@7|
                                |folio.data[F1]@7|))))
           (let ((a!3 (ite (or (not (= driver0.page@7 #x01))
                               (not (= rule@7 #x18)))
                           |folio.data[F1]@7|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@7 #x0d))
                               (not (= compact0.newpage@7 #x01)))
                           a!5
                           |folio.data[F0]@7|)))
             (ite (or (not (= rule@7 #x08)) a!1) a!6 #x00))))))
(model-add |folio.node[F0]@8| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@8| () (_ BitVec 8) #x00)
(model-add |PG_movable[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |PG_movable[F0]@7|
                                |PG_movable[F1]@7|)))
                 (a!3 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |PG_movable[F0]@7|
                                |PG_movable[F1]@7|))))
           (let ((a!2 (ite (or (not (= driver0.page@7 #x01))
                               (not (= rule@7 #x18)))
                           |PG_movable[F1]@7|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x01)))
                           a!2
                           a!3)))
             (ite (or (not (= rule@7 #x0d)) (not (= compact0.newpage@7 #x01)))
                  a!4
                  #x01)))))
(model-add |page.mapping(driver)[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |page.mapping(driver)[F0]@7|
                                |page.mapping(driver)[F1]@7|)))
                 (a!4 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |page.mapping(driver)[F0]@7|
                                |page.mapping(driver)[F1]@7|))))
           (let ((a!2 (ite (or (not (= driver0.page@7 #x01))
                               (not (= rule@7 #x18)))
                           |page.mapping(driver)[F1]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@7 #x17))
                               (not (= driver0.page@7 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@7 #x0d)) (not (= compact0.newpage@7 #x01)))
                  a!5
                  #x01))))))
(model-add |PG_isolated[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |PG_isolated[F0]@7|
                                |PG_isolated[F1]@7|)))
                 (a!3 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |PG_isolated[F0]@7|
                                |PG_isolated[F1]@7|))))
           (let ((a!2 (ite (or (not (= driver0.page@7 #x01))
                               (not (= rule@7 #x18)))
                           |PG_isolated[F1]@7|
                           a!1)))
             (ite (or (not (= rule@7 #x11)) (not (= compact0.newpage@7 #x01)))
                  a!2
                  a!3))))
(model-add |driver.list[F0]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |driver.list[F0]@7|
                                |driver.list[F1]@7|)))
                 (a!5 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |driver.list[F0]@7|
                                |driver.list[F1]@7|))))
           (let ((a!2 (ite (or (not (= driver0.page@7 #x00))
                               (not (= rule@7 #x18)))
                           |driver.list[F0]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@7 #x17))
                               (not (= driver0.page@7 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@7 #x13)
                           #x01
                           (ite (= rule@7 #x15)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |driver.list[F0]@7|)
                                a!3))))
           (let ((a!6 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x00)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@7 #x0d))
                               (not (= compact0.newpage@7 #x00)))
                           (ite (= rule@7 #x10)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |driver.list[F0]@7|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@7 #x06)
                           #x00
                           (ite (= rule@7 #x0a)
                                (ite (= |folio.refcount[F0]@7| #x01)
                                     #x00
                                     |driver.list[F0]@7|)
                                a!7))))
             (ite (or (= rule@7 #x03) (= rule@7 #x05))
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |driver.list[F0]@7|)
                  a!8)))))))))
(model-add |driver.list[F1]@8|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= driver0.page@7 #x00)
                                |driver.list[F0]@7|
                                |driver.list[F1]@7|)))
                 (a!4 (ite (= (ite (= compact0.newpage@7 #x00)
                                   |folio.refcount[F0]@7|
                                   |folio.refcount[F1]@7|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@7 #x00)
                                |driver.list[F0]@7|
                                |driver.list[F1]@7|))))
           (let ((a!2 (ite (or (not (= driver0.page@7 #x01))
                               (not (= rule@7 #x18)))
                           |driver.list[F1]@7|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@7 #x17))
                               (not (= driver0.page@7 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@7 #x11))
                               (not (= compact0.newpage@7 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@7 #x0d)) (not (= compact0.newpage@7 #x01)))
                  a!5
                  #x01))))))
(model-add |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@8| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@8| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@8| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@8| () (_ BitVec 8) #x00)
(model-add compact0.ok@8
           ()
           (_ BitVec 8)
           (ite (or (= rule@7 #x0c) (= rule@7 #x0d))
                #x01
                (ite (= rule@7 #x0e) #x00 compact0.ok@7)))
(model-add |folio.data[F0]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= driver0.page@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|)))
                 (a!4 (ite (= (ite (= compact0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= rule@6 #x18))
                               (not (= driver0.page@6 #x00)))
                           |folio.data[F0]@6|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@6 #x00))
                               (not (= rule@6 #x11)))
                           (ite (= rule@6 #x15)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |folio.data[F0]@6|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@6 #x0d))
                               (not (= compact0.newpage@6 #x00)))
                           (ite (= rule@6 #x10)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |folio.data[F0]@6|)
                                a!5)
                           |folio.data[F0]@6|)))
           (let ((a!7 (ite (or (not (= rule@6 #x08)) a!1)
                           (ite (= rule@6 #x0a)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |folio.data[F0]@6|)
                                a!6)
                           #x00)))
             (ite (or (= rule@6 #x03) (= rule@6 #x05))
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                  a!7)))))))
(model-add |folio.data[F1]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@6| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= driver0.page@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|)))
                 (a!4 (ite (= (ite (= compact0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@6 #x00)
                                |folio.data[F0]@6|
                                |folio.data[F1]@6|))))
           (let ((a!3 (ite (or (not (= driver0.page@6 #x01))
                               (not (= rule@6 #x18)))
                           |folio.data[F1]@6|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@6 #x01))
                               (not (= rule@6 #x11)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@6 #x0d))
                               (not (= compact0.newpage@6 #x01)))
                           a!5
                           |folio.data[F0]@6|)))
             (ite (or (not (= rule@6 #x08)) a!1) a!6 #x00))))))
(model-add |driver.list[F0]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= driver0.page@6 #x00)
                                |driver.list[F0]@6|
                                |driver.list[F1]@6|)))
                 (a!5 (ite (= (ite (= compact0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@6 #x00)
                                |driver.list[F0]@6|
                                |driver.list[F1]@6|))))
           (let ((a!2 (ite (or (not (= rule@6 #x18))
                               (not (= driver0.page@6 #x00)))
                           |driver.list[F0]@6|
                           a!1)))
           (let ((a!3 (ite (or (not (= driver0.page@6 #x00))
                               (not (= rule@6 #x17)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@6 #x13)
                           #x01
                           (ite (= rule@6 #x15)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |driver.list[F0]@6|)
                                a!3))))
           (let ((a!6 (ite (or (not (= compact0.newpage@6 #x00))
                               (not (= rule@6 #x11)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@6 #x0d))
                               (not (= compact0.newpage@6 #x00)))
                           (ite (= rule@6 #x10)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |driver.list[F0]@6|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@6 #x06)
                           #x00
                           (ite (= rule@6 #x0a)
                                (ite (= |folio.refcount[F0]@6| #x01)
                                     #x00
                                     |driver.list[F0]@6|)
                                a!7))))
             (ite (or (= rule@6 #x03) (= rule@6 #x05))
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |driver.list[F0]@6|)
                  a!8)))))))))
(model-add |driver.list[F1]@7|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= driver0.page@6 #x00)
                                |driver.list[F0]@6|
                                |driver.list[F1]@6|)))
                 (a!4 (ite (= (ite (= compact0.newpage@6 #x00)
                                   |folio.refcount[F0]@6|
                                   |folio.refcount[F1]@6|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@6 #x00)
                                |driver.list[F0]@6|
                                |driver.list[F1]@6|))))
           (let ((a!2 (ite (or (not (= driver0.page@6 #x01))
                               (not (= rule@6 #x18)))
                           |driver.list[F1]@6|
                           a!1)))
           (let ((a!3 (ite (or (not (= driver0.page@6 #x01))
                               (not (= rule@6 #x17)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= compact0.newpage@6 #x01))
                               (not (= rule@6 #x11)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@6 #x0d)) (not (= compact0.newpage@6 #x01)))
                  a!5
                  #x01))))))
(model-add |folio.data[F0]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= driver0.page@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|)))
                 (a!4 (ite (= (ite (= compact0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= rule@5 #x18))
                               (not (= driver0.page@5 #x00)))
                           |folio.data[F0]@5|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@5 #x11))
                               (not (= compact0.newpage@5 #x00)))
                           (ite (= rule@5 #x15)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= compact0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           (ite (= rule@5 #x10)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                a!5)
                           |folio.data[F0]@5|)))
           (let ((a!7 (ite (or (not (= rule@5 #x08)) a!1)
                           (ite (= rule@5 #x0a)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |folio.data[F0]@5|)
                                a!6)
                           #x00)))
             (ite (or (= rule@5 #x03) (= rule@5 #x05))
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                  a!7)))))))
(model-add |folio.data[F1]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@5| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= driver0.page@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|)))
                 (a!4 (ite (= (ite (= compact0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@5 #x00)
                                |folio.data[F0]@5|
                                |folio.data[F1]@5|))))
           (let ((a!3 (ite (or (not (= rule@5 #x18))
                               (not (= driver0.page@5 #x01)))
                           |folio.data[F1]@5|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@5 #x01))
                               (not (= rule@5 #x11)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= compact0.newpage@5 #x01))
                               (not (= rule@5 #x0d)))
                           a!5
                           |folio.data[F0]@5|)))
             (ite (or (not (= rule@5 #x08)) a!1) a!6 #x00))))))
(model-add |driver.list[F0]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= driver0.page@5 #x00)
                                |driver.list[F0]@5|
                                |driver.list[F1]@5|)))
                 (a!5 (ite (= (ite (= compact0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@5 #x00)
                                |driver.list[F0]@5|
                                |driver.list[F1]@5|))))
           (let ((a!2 (ite (or (not (= rule@5 #x18))
                               (not (= driver0.page@5 #x00)))
                           |driver.list[F0]@5|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@5 #x17))
                               (not (= driver0.page@5 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@5 #x13)
                           #x01
                           (ite (= rule@5 #x15)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |driver.list[F0]@5|)
                                a!3))))
           (let ((a!6 (ite (or (not (= rule@5 #x11))
                               (not (= compact0.newpage@5 #x00)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= compact0.newpage@5 #x00))
                               (not (= rule@5 #x0d)))
                           (ite (= rule@5 #x10)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |driver.list[F0]@5|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@5 #x06)
                           #x00
                           (ite (= rule@5 #x0a)
                                (ite (= |folio.refcount[F0]@5| #x01)
                                     #x00
                                     |driver.list[F0]@5|)
                                a!7))))
             (ite (or (= rule@5 #x03) (= rule@5 #x05))
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |driver.list[F0]@5|)
                  a!8)))))))))
(model-add |driver.list[F1]@6|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= driver0.page@5 #x00)
                                |driver.list[F0]@5|
                                |driver.list[F1]@5|)))
                 (a!4 (ite (= (ite (= compact0.newpage@5 #x00)
                                   |folio.refcount[F0]@5|
                                   |folio.refcount[F1]@5|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@5 #x00)
                                |driver.list[F0]@5|
                                |driver.list[F1]@5|))))
           (let ((a!2 (ite (or (not (= rule@5 #x18))
                               (not (= driver0.page@5 #x01)))
                           |driver.list[F1]@5|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@5 #x17))
                               (not (= driver0.page@5 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= compact0.newpage@5 #x01))
                               (not (= rule@5 #x11)))
                           a!3
                           a!4)))
             (ite (or (not (= compact0.newpage@5 #x01)) (not (= rule@5 #x0d)))
                  a!5
                  #x01))))))
(model-add |folio.data[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= rule@4 #x18))
                               (not (= driver0.page@4 #x00)))
                           |folio.data[F0]@4|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@4 #x00))
                               (not (= rule@4 #x11)))
                           (ite (= rule@4 #x15)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.data[F0]@4|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@4 #x0d))
                               (not (= compact0.newpage@4 #x00)))
                           (ite (= rule@4 #x10)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.data[F0]@4|)
                                a!5)
                           |folio.data[F0]@4|)))
           (let ((a!7 (ite (or (not (= rule@4 #x08)) a!1)
                           (ite (= rule@4 #x0a)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.data[F0]@4|)
                                a!6)
                           #x00)))
             (ite (or (= rule@4 #x03) (= rule@4 #x05))
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                  a!7)))))))
(model-add |folio.data[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |folio.data[F0]@4|
                                |folio.data[F1]@4|))))
           (let ((a!3 (ite (or (not (= rule@4 #x18))
                               (not (= driver0.page@4 #x01)))
                           |folio.data[F1]@4|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@4 #x01))
                               (not (= rule@4 #x11)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@4 #x0d))
                               (not (= compact0.newpage@4 #x01)))
                           a!5
                           |folio.data[F0]@4|)))
             (ite (or (not (= rule@4 #x08)) a!1) a!6 #x00))))))
(model-add |driver.list[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |driver.list[F0]@4|
                                |driver.list[F1]@4|)))
                 (a!5 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |driver.list[F0]@4|
                                |driver.list[F1]@4|))))
           (let ((a!2 (ite (or (not (= rule@4 #x18))
                               (not (= driver0.page@4 #x00)))
                           |driver.list[F0]@4|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@4 #x17))
                               (not (= driver0.page@4 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@4 #x13)
                           #x01
                           (ite (= rule@4 #x15)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |driver.list[F0]@4|)
                                a!3))))
           (let ((a!6 (ite (or (not (= compact0.newpage@4 #x00))
                               (not (= rule@4 #x11)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@4 #x0d))
                               (not (= compact0.newpage@4 #x00)))
                           (ite (= rule@4 #x10)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |driver.list[F0]@4|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@4 #x06)
                           #x00
                           (ite (= rule@4 #x0a)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |driver.list[F0]@4|)
                                a!7))))
             (ite (or (= rule@4 #x03) (= rule@4 #x05))
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |driver.list[F0]@4|)
                  a!8)))))))))
(model-add |driver.list[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |driver.list[F0]@4|
                                |driver.list[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |driver.list[F0]@4|
                                |driver.list[F1]@4|))))
           (let ((a!2 (ite (or (not (= rule@4 #x18))
                               (not (= driver0.page@4 #x01)))
                           |driver.list[F1]@4|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@4 #x17))
                               (not (= driver0.page@4 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= compact0.newpage@4 #x01))
                               (not (= rule@4 #x11)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@4 #x0d)) (not (= compact0.newpage@4 #x01)))
                  a!5
                  #x01))))))
(model-add |folio.data[F0]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= driver0.page@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|)))
                 (a!4 (ite (= (ite (= compact0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= rule@3 #x18))
                               (not (= driver0.page@3 #x00)))
                           |folio.data[F0]@3|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@3 #x11))
                               (not (= compact0.newpage@3 #x00)))
                           (ite (= rule@3 #x15)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@3 #x0d))
                               (not (= compact0.newpage@3 #x00)))
                           (ite (= rule@3 #x10)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                a!5)
                           |folio.data[F0]@3|)))
           (let ((a!7 (ite (or (not (= rule@3 #x08)) a!1)
                           (ite (= rule@3 #x0a)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                a!6)
                           #x00)))
             (ite (or (= rule@3 #x03) (= rule@3 #x05))
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                  a!7)))))))
(model-add |folio.data[F1]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@3| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= driver0.page@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|)))
                 (a!4 (ite (= (ite (= compact0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@3 #x00)
                                |folio.data[F0]@3|
                                |folio.data[F1]@3|))))
           (let ((a!3 (ite (or (not (= rule@3 #x18))
                               (not (= driver0.page@3 #x01)))
                           |folio.data[F1]@3|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@3 #x11))
                               (not (= compact0.newpage@3 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@3 #x0d))
                               (not (= compact0.newpage@3 #x01)))
                           a!5
                           |folio.data[F0]@3|)))
             (ite (or (not (= rule@3 #x08)) a!1) a!6 #x00))))))
(model-add |driver.list[F0]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= driver0.page@3 #x00)
                                |driver.list[F0]@3|
                                |driver.list[F1]@3|)))
                 (a!5 (ite (= (ite (= compact0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@3 #x00)
                                |driver.list[F0]@3|
                                |driver.list[F1]@3|))))
           (let ((a!2 (ite (or (not (= rule@3 #x18))
                               (not (= driver0.page@3 #x00)))
                           |driver.list[F0]@3|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@3 #x17))
                               (not (= driver0.page@3 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@3 #x13)
                           #x01
                           (ite (= rule@3 #x15)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |driver.list[F0]@3|)
                                a!3))))
           (let ((a!6 (ite (or (not (= rule@3 #x11))
                               (not (= compact0.newpage@3 #x00)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@3 #x0d))
                               (not (= compact0.newpage@3 #x00)))
                           (ite (= rule@3 #x10)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |driver.list[F0]@3|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@3 #x06)
                           #x00
                           (ite (= rule@3 #x0a)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |driver.list[F0]@3|)
                                a!7))))
             (ite (or (= rule@3 #x03) (= rule@3 #x05))
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |driver.list[F0]@3|)
                  a!8)))))))))
(model-add |driver.list[F1]@4|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= driver0.page@3 #x00)
                                |driver.list[F0]@3|
                                |driver.list[F1]@3|)))
                 (a!4 (ite (= (ite (= compact0.newpage@3 #x00)
                                   |folio.refcount[F0]@3|
                                   |folio.refcount[F1]@3|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@3 #x00)
                                |driver.list[F0]@3|
                                |driver.list[F1]@3|))))
           (let ((a!2 (ite (or (not (= rule@3 #x18))
                               (not (= driver0.page@3 #x01)))
                           |driver.list[F1]@3|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@3 #x17))
                               (not (= driver0.page@3 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@3 #x11))
                               (not (= compact0.newpage@3 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@3 #x0d)) (not (= compact0.newpage@3 #x01)))
                  a!5
                  #x01))))))
(model-add |folio.data[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= driver0.page@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|)))
                 (a!4 (ite (= (ite (= compact0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= driver0.page@2 #x00))
                               (not (= rule@2 #x18)))
                           |folio.data[F0]@2|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@2 #x00))
                               (not (= rule@2 #x11)))
                           (ite (= rule@2 #x15)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= compact0.newpage@2 #x00))
                               (not (= rule@2 #x0d)))
                           (ite (= rule@2 #x10)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                a!5)
                           |folio.data[F0]@2|)))
           (let ((a!7 (ite (or (not (= rule@2 #x08)) a!1)
                           (ite (= rule@2 #x0a)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                a!6)
                           #x00)))
             (ite (or (= rule@2 #x03) (= rule@2 #x05))
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  a!7)))))))
(model-add |folio.data[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= driver0.page@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|)))
                 (a!4 (ite (= (ite (= compact0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x18))
                               (not (= driver0.page@2 #x01)))
                           |folio.data[F1]@2|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@2 #x01))
                               (not (= rule@2 #x11)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@2 #x0d))
                               (not (= compact0.newpage@2 #x01)))
                           a!5
                           |folio.data[F0]@2|)))
             (ite (or (not (= rule@2 #x08)) a!1) a!6 #x00))))))
(model-add |driver.list[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= driver0.page@2 #x00)
                                |driver.list[F0]@2|
                                |driver.list[F1]@2|)))
                 (a!5 (ite (= (ite (= compact0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@2 #x00)
                                |driver.list[F0]@2|
                                |driver.list[F1]@2|))))
           (let ((a!2 (ite (or (not (= driver0.page@2 #x00))
                               (not (= rule@2 #x18)))
                           |driver.list[F0]@2|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@2 #x17))
                               (not (= driver0.page@2 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@2 #x13)
                           #x01
                           (ite (= rule@2 #x15)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |driver.list[F0]@2|)
                                a!3))))
           (let ((a!6 (ite (or (not (= compact0.newpage@2 #x00))
                               (not (= rule@2 #x11)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= compact0.newpage@2 #x00))
                               (not (= rule@2 #x0d)))
                           (ite (= rule@2 #x10)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |driver.list[F0]@2|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@2 #x06)
                           #x00
                           (ite (= rule@2 #x0a)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |driver.list[F0]@2|)
                                a!7))))
             (ite (or (= rule@2 #x03) (= rule@2 #x05))
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |driver.list[F0]@2|)
                  a!8)))))))))
(model-add |driver.list[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= driver0.page@2 #x00)
                                |driver.list[F0]@2|
                                |driver.list[F1]@2|)))
                 (a!4 (ite (= (ite (= compact0.newpage@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@2 #x00)
                                |driver.list[F0]@2|
                                |driver.list[F1]@2|))))
           (let ((a!2 (ite (or (not (= rule@2 #x18))
                               (not (= driver0.page@2 #x01)))
                           |driver.list[F1]@2|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@2 #x17))
                               (not (= driver0.page@2 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= compact0.newpage@2 #x01))
                               (not (= rule@2 #x11)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@2 #x0d)) (not (= compact0.newpage@2 #x01)))
                  a!5
                  #x01))))))
(model-add |folio.data[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= driver0.page@1 #x00) |folio.data[F0]@1| #x00)))
                 (a!4 (ite (= (ite (= compact0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!3 (ite (or (not (= rule@1 #x18))
                               (not (= driver0.page@1 #x00)))
                           |folio.data[F0]@1|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@1 #x00))
                               (not (= rule@1 #x11)))
                           (ite (= rule@1 #x15)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@1 #x0d))
                               (not (= compact0.newpage@1 #x00)))
                           (ite (= rule@1 #x10)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                a!5)
                           |folio.data[F0]@1|)))
           (let ((a!7 (ite (or (not (= rule@1 #x08)) a!1)
                           (ite (= rule@1 #x0a)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                a!6)
                           #x00)))
             (ite (or (= rule@1 #x03) (= rule@1 #x05))
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  a!7)))))))
(model-add |folio.data[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x01)))
                 (a!2 (or (= (ite (= driver0.page@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= driver0.page@1 #x01))
                          (not (= rule@1 #x18))))
                 (a!3 (ite (= (ite (= compact0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@1 #x00)
                                |folio.data[F0]@1|
                                #x00))))
           (let ((a!4 (ite (or (not (= compact0.newpage@1 #x01))
                               (not (= rule@1 #x11)))
                           (ite a!2
                                #x00
                                (ite (= driver0.page@1 #x00)
                                     |folio.data[F0]@1|
                                     #x00))
                           a!3)))
           (let ((a!5 (ite (or (not (= compact0.newpage@1 #x01))
                               (not (= rule@1 #x0d)))
                           a!4
                           |folio.data[F0]@1|)))
             (ite (or (not (= rule@1 #x08)) a!1) a!5 #x00)))))
(model-add |driver.list[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= driver0.page@1 #x00)
                                |driver.list[F0]@1|
                                #x00)))
                 (a!5 (ite (= (ite (= compact0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@1 #x00)
                                |driver.list[F0]@1|
                                #x00))))
           (let ((a!2 (ite (or (not (= rule@1 #x18))
                               (not (= driver0.page@1 #x00)))
                           |driver.list[F0]@1|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@1 #x17))
                               (not (= driver0.page@1 #x00)))
                           a!2
                           #x00)))
           (let ((a!4 (ite (= rule@1 #x13)
                           #x01
                           (ite (= rule@1 #x15)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |driver.list[F0]@1|)
                                a!3))))
           (let ((a!6 (ite (or (not (= compact0.newpage@1 #x00))
                               (not (= rule@1 #x11)))
                           a!4
                           a!5)))
           (let ((a!7 (ite (or (not (= rule@1 #x0d))
                               (not (= compact0.newpage@1 #x00)))
                           (ite (= rule@1 #x10)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |driver.list[F0]@1|)
                                a!6)
                           #x01)))
           (let ((a!8 (ite (= rule@1 #x06)
                           #x00
                           (ite (= rule@1 #x0a)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |driver.list[F0]@1|)
                                a!7))))
             (ite (or (= rule@1 #x03) (= rule@1 #x05))
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |driver.list[F0]@1|)
                  a!8)))))))))
(model-add |driver.list[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (or (= (ite (= driver0.page@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= driver0.page@1 #x01))
                          (not (= rule@1 #x18))))
                 (a!3 (ite (= (ite (= compact0.newpage@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@1 #x00)
                                |driver.list[F0]@1|
                                #x00))))
           (let ((a!2 (ite (or (not (= rule@1 #x17))
                               (not (= driver0.page@1 #x01)))
                           (ite a!1
                                #x00
                                (ite (= driver0.page@1 #x00)
                                     |driver.list[F0]@1|
                                     #x00))
                           #x00)))
           (let ((a!4 (ite (or (not (= compact0.newpage@1 #x01))
                               (not (= rule@1 #x11)))
                           a!2
                           a!3)))
             (ite (or (not (= compact0.newpage@1 #x01)) (not (= rule@1 #x0d)))
                  a!4
                  #x01)))))
(model-add |folio.data[F0]@1|
           ()
           (_ BitVec 8)
           (ite (or (= rule@0 #x03)
                    (= rule@0 #x05)
                    (= rule@0 #x0a)
                    (= rule@0 #x10)
                    (= rule@0 #x15))
                #x00
                #x01))
(model-add |driver.list[F0]@1|
           ()
           (_ BitVec 8)
           (ite (or (= rule@0 #x03)
                    (= rule@0 #x05)
                    (= rule@0 #x06)
                    (= rule@0 #x0a)
                    (= rule@0 #x10))
                #x00
                (ite (= rule@0 #x13) #x01 (ite (= rule@0 #x15) #x00 #x01))))
(check-sat)
