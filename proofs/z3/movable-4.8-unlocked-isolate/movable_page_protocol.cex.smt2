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
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun compact0.newpage@4 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun driver0.page@4 () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
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
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.node[F0]@5| () (_ BitVec 8))
(declare-fun |folio.node[F1]@5| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@5| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@4| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@4| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@5| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@4| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@4| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@5| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@4| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@4| () (_ BitVec 8))
(declare-fun |driver.page[D0]@5| () (_ BitVec 8))
(declare-fun |driver.page[D0]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@5| () (_ BitVec 8))
(declare-fun |&b_dev_info->pages_lock[0]@5| () (_ BitVec 8))
(declare-fun compact0.ref@5 () (_ BitVec 8))
(declare-fun compact0.ref@4 () (_ BitVec 8))
(declare-fun compact0.ok@5 () (_ BitVec 8))
(declare-fun compact0.ok@4 () (_ BitVec 8))
(declare-fun driver0.pc@5 () (_ BitVec 8))
(declare-fun driver0.pc@4 () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun compact0.newpage@3 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun driver0.page@3 () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun compact0.ref@3 () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun compact0.newpage@2 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun driver0.page@2 () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun compact0.ref@2 () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun compact0.newpage@1 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun driver0.page@1 () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun compact0.ref@1 () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun driver0.pc@1 () (_ BitVec 8))
(declare-fun compact0.ok@1 () (_ BitVec 8))
(declare-fun compact0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun |driver.page[D0]@1| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@1| () (_ BitVec 8))
(declare-fun |driver.list[F0]@1| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@1| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@1| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun driver0.pc@2 () (_ BitVec 8))
(declare-fun compact0.ok@2 () (_ BitVec 8))
(declare-fun compact0.pc@2 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun |driver.page[D0]@2| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@2| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@2| () (_ BitVec 8))
(declare-fun |driver.list[F1]@2| () (_ BitVec 8))
(declare-fun |driver.list[F0]@2| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@2| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@2| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@2| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@2| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@2| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun driver0.pc@3 () (_ BitVec 8))
(declare-fun compact0.ok@3 () (_ BitVec 8))
(declare-fun compact0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun |driver.page[D0]@3| () (_ BitVec 8))
(declare-fun |driver.owns[F1]@3| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@3| () (_ BitVec 8))
(declare-fun |driver.list[F1]@3| () (_ BitVec 8))
(declare-fun |driver.list[F0]@3| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@3| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@3| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F1]@3| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@3| () (_ BitVec 8))
(declare-fun |PG_movable[F1]@3| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun compact0.pc@4 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@4| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@4| () (_ BitVec 8))
(declare-fun |driver.list[F1]@4| () (_ BitVec 8))
(declare-fun |driver.list[F0]@4| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@4| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@4| () (_ BitVec 8))
(declare-fun driver0.page@5 () (_ BitVec 8))
(declare-fun compact0.newpage@5 () (_ BitVec 8))
(declare-fun compact0.pc@5 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@5| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@5| () (_ BitVec 8))
(declare-fun |driver.owns[F0]@5| () (_ BitVec 8))
(declare-fun |driver.list[F1]@5| () (_ BitVec 8))
(declare-fun |driver.list[F0]@5| () (_ BitVec 8))
(declare-fun |PG_isolated[F1]@5| () (_ BitVec 8))
(declare-fun |PG_isolated[F0]@5| () (_ BitVec 8))
(declare-fun |page.mapping(driver)[F0]@5| () (_ BitVec 8))
(declare-fun |PG_movable[F0]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
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
(assert (let ((a!1 (or (not (not (= |PG_isolated[F0]@5| #x00)))
               (not (not (= |driver.list[F0]@5| #x00)))))
      (a!2 (or (not (not (= |PG_isolated[F1]@5| #x00)))
               (not (not (= |driver.list[F1]@5| #x00)))))
      (a!3 (and (and (= compact0.pc@5 #x04)
                     (= |&b_dev_info->pages_lock[0]@5| #x00))
                (not (not (= |page.mapping(driver)[F0]@5| #x00)))))
      (a!4 (not (and (not (= |driver.list[F0]@5| #x00))
                     (not (= |driver.owns[F0]@5| #x00)))))
      (a!5 (not (and (not (= |page.mapping(driver)[F0]@5| #x00))
                     (not (= |driver.owns[F0]@5| #x00))))))
  (or (not (and a!1 a!2))
      a!3
      (and (and (= compact0.pc@5 #x04) (= |&b_dev_info->pages_lock[0]@5| #x00))
           a!4)
      (and (= compact0.pc@5 #x08)
           (not (= |PG_movable[F0]@5| #x00))
           (not (= |page.mapping(driver)[F0]@5| #x00))
           (= |&b_dev_info->pages_lock[0]@5| #x00)
           a!5)
      (and (= compact0.pc@5 #x08)
           (not (= |PG_movable[F0]@5| #x00))
           (not (= |page.mapping(driver)[F0]@5| #x00))
           a!5)
      (and (= compact0.pc@5 #x0d)
           (not (= |PG_movable[F0]@5| #x00))
           (not (= |page.mapping(driver)[F0]@5| #x00))
           (= |&b_dev_info->pages_lock[0]@5| #x00)
           a!5))))
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
(model-add |folio.used[F0]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |folio.used[F0]@4|
                                |folio.used[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |folio.used[F0]@4|
                                |folio.used[F1]@4|))))
           (let ((a!3 (ite (or (not (= driver0.page@4 #x00))
                               (not (= rule@4 #x18)))
                           |folio.used[F0]@4|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@4 #x00))
                               (not (= rule@4 #x11)))
                           (ite (= rule@4 #x15)
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.used[F0]@4|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@4 #x08)) a!1)
                           (ite (or (= rule@4 #x0a) (= rule@4 #x10))
                                (ite (= |folio.refcount[F0]@4| #x01)
                                     #x00
                                     |folio.used[F0]@4|)
                                a!5)
                           #x01)))
             (ite (or (= rule@4 #x03) (= rule@4 #x05))
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                  a!6))))))
(model-add |folio.used[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@4| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |folio.used[F0]@4|
                                |folio.used[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |folio.used[F0]@4|
                                |folio.used[F1]@4|))))
           (let ((a!3 (ite (or (not (= driver0.page@4 #x01))
                               (not (= rule@4 #x18)))
                           |folio.used[F1]@4|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@4 #x11))
                               (not (= compact0.newpage@4 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@4 #x08)) a!1) a!5 #x01)))))
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
           (let ((a!3 (ite (or (not (= driver0.page@4 #x00))
                               (not (= rule@4 #x18)))
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
           (let ((a!3 (ite (or (not (= driver0.page@4 #x01))
                               (not (= rule@4 #x18)))
                           |folio.data[F1]@4|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@4 #x11))
                               (not (= compact0.newpage@4 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= rule@4 #x0d))
                               (not (= compact0.newpage@4 #x01)))
                           a!5
                           |folio.data[F0]@4|)))
             (ite (or (not (= rule@4 #x08)) a!1) a!6 #x00))))))
(model-add |folio.node[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@5| () (_ BitVec 8) #x00)
(model-add |PG_movable[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |PG_movable[F0]@4|
                                |PG_movable[F1]@4|)))
                 (a!3 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |PG_movable[F0]@4|
                                |PG_movable[F1]@4|))))
           (let ((a!2 (ite (or (not (= driver0.page@4 #x01))
                               (not (= rule@4 #x18)))
                           |PG_movable[F1]@4|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@4 #x11))
                               (not (= compact0.newpage@4 #x01)))
                           a!2
                           a!3)))
             (ite (or (not (= rule@4 #x0d)) (not (= compact0.newpage@4 #x01)))
                  a!4
                  #x01)))))
(model-add |page.mapping(driver)[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |page.mapping(driver)[F0]@4|
                                |page.mapping(driver)[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |page.mapping(driver)[F0]@4|
                                |page.mapping(driver)[F1]@4|))))
           (let ((a!2 (ite (or (not (= driver0.page@4 #x01))
                               (not (= rule@4 #x18)))
                           |page.mapping(driver)[F1]@4|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@4 #x17))
                               (not (= driver0.page@4 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@4 #x11))
                               (not (= compact0.newpage@4 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@4 #x0d)) (not (= compact0.newpage@4 #x01)))
                  a!5
                  #x01))))))
(model-add |driver.owns[F1]@5|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= driver0.page@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= driver0.page@4 #x00)
                                |driver.owns[F0]@4|
                                |driver.owns[F1]@4|)))
                 (a!4 (ite (= (ite (= compact0.newpage@4 #x00)
                                   |folio.refcount[F0]@4|
                                   |folio.refcount[F1]@4|)
                              #x01)
                           #x00
                           (ite (= compact0.newpage@4 #x00)
                                |driver.owns[F0]@4|
                                |driver.owns[F1]@4|))))
           (let ((a!2 (ite (or (not (= driver0.page@4 #x01))
                               (not (= rule@4 #x18)))
                           |driver.owns[F1]@4|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@4 #x17))
                               (not (= driver0.page@4 #x01)))
                           a!2
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@4 #x11))
                               (not (= compact0.newpage@4 #x01)))
                           a!3
                           a!4)))
             (ite (or (not (= rule@4 #x0d)) (not (= compact0.newpage@4 #x01)))
                  a!5
                  #x01))))))
(model-add |driver.page[D0]@5|
           ()
           (_ BitVec 8)
           (ite (= rule@4 #x0d) compact0.newpage@4 |driver.page[D0]@4|))
(model-add |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@5| () (_ BitVec 8) #x00)
(model-add |&b_dev_info->pages_lock[0]@5| () (_ BitVec 8) #x00)
(model-add compact0.ref@5
           ()
           (_ BitVec 8)
           (ite (= rule@4 #x00)
                #x01
                (ite (or (= rule@4 #x15)
                         (= rule@4 #x10)
                         (= rule@4 #x03)
                         (= rule@4 #x05)
                         (= rule@4 #x0a))
                     #x00
                     compact0.ref@4)))
(model-add compact0.ok@5
           ()
           (_ BitVec 8)
           (ite (or (= rule@4 #x0c) (= rule@4 #x0d))
                #x01
                (ite (= rule@4 #x0e) #x00 compact0.ok@4)))
(model-add driver0.pc@5
           ()
           (_ BitVec 8)
           (ite (= rule@4 #x16)
                #x01
                (ite (= rule@4 #x17)
                     #x02
                     (ite (= rule@4 #x18) #x03 driver0.pc@4))))
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
           (let ((a!3 (ite (or (not (= driver0.page@3 #x00))
                               (not (= rule@3 #x18)))
                           |folio.data[F0]@3|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@3 #x00))
                               (not (= rule@3 #x11)))
                           (ite (= rule@3 #x15)
                                (ite (= |folio.refcount[F0]@3| #x01)
                                     #x00
                                     |folio.data[F0]@3|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= compact0.newpage@3 #x00))
                               (not (= rule@3 #x0d)))
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
           (let ((a!3 (ite (or (not (= driver0.page@3 #x01))
                               (not (= rule@3 #x18)))
                           |folio.data[F1]@3|
                           a!2)))
           (let ((a!5 (ite (or (not (= compact0.newpage@3 #x01))
                               (not (= rule@3 #x11)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= compact0.newpage@3 #x01))
                               (not (= rule@3 #x0d)))
                           a!5
                           |folio.data[F0]@3|)))
             (ite (or (not (= rule@3 #x08)) a!1) a!6 #x00))))))
(model-add compact0.ref@4
           ()
           (_ BitVec 8)
           (ite (= rule@3 #x00)
                #x01
                (ite (or (= rule@3 #x05)
                         (= rule@3 #x0a)
                         (= rule@3 #x10)
                         (= rule@3 #x03)
                         (= rule@3 #x15))
                     #x00
                     compact0.ref@3)))
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
           (let ((a!6 (ite (or (not (= rule@2 #x0d))
                               (not (= compact0.newpage@2 #x00)))
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
           (let ((a!3 (ite (or (not (= driver0.page@2 #x01))
                               (not (= rule@2 #x18)))
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
(model-add compact0.ref@3
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x00)
                #x01
                (ite (or (= rule@2 #x05)
                         (= rule@2 #x10)
                         (= rule@2 #x0a)
                         (= rule@2 #x03)
                         (= rule@2 #x15))
                     #x00
                     compact0.ref@2)))
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
           (let ((a!6 (ite (or (not (= compact0.newpage@1 #x00))
                               (not (= rule@1 #x0d)))
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
                          (not (= rule@1 #x18))
                          (not (= driver0.page@1 #x01))))
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
           (let ((a!5 (ite (or (not (= rule@1 #x0d))
                               (not (= compact0.newpage@1 #x01)))
                           a!4
                           |folio.data[F0]@1|)))
             (ite (or (not (= rule@1 #x08)) a!1) a!5 #x00)))))
(model-add compact0.ref@2
           ()
           (_ BitVec 8)
           (ite (= rule@1 #x00)
                #x01
                (ite (or (= rule@1 #x0a)
                         (= rule@1 #x05)
                         (= rule@1 #x03)
                         (= rule@1 #x10)
                         (= rule@1 #x15))
                     #x00
                     compact0.ref@1)))
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
(model-add compact0.ref@1 () (_ BitVec 8) (ite (= rule@0 #x00) #x01 #x00))
(check-sat)
