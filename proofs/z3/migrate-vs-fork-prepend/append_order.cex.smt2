(set-logic QF_BV)
(declare-fun |alive[P0]@0| () (_ BitVec 8))
(declare-fun |alive[P1]@0| () (_ BitVec 8))
(declare-fun |pte[P0][0]@0| () (_ BitVec 8))
(declare-fun |pte[P1][0]@0| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@0| () (_ BitVec 8))
(declare-fun |pte.folio[P1][0]@0| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@0| () (_ BitVec 8))
(declare-fun |pte.write[P1][0]@0| () (_ BitVec 8))
(declare-fun |expected[P0][0]@0| () (_ BitVec 8))
(declare-fun |expected[P1][0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][1]@0| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][1]@0| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.len[av1]@0| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@0| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av1]@0| () (_ BitVec 8))
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
(declare-fun fault0.wait_folio@0 () (_ BitVec 8))
(declare-fun fault0.woken@0 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P1]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P1]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av1]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av1]@0| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@0| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P1]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@0| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@0| () (_ BitVec 8))
(declare-fun migrate0.pc@0 () (_ BitVec 8))
(declare-fun migrate0.isolated@0 () (_ BitVec 8))
(declare-fun migrate0.dst@0 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@0 () (_ BitVec 8))
(declare-fun migrate0.cursor@0 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@0 () (_ BitVec 8))
(declare-fun migrate0.ok@0 () (_ BitVec 8))
(declare-fun migrate0.pass@0 () (_ BitVec 8))
(declare-fun fork0.pc@0 () (_ BitVec 8))
(declare-fun fork0.addr@0 () (_ BitVec 8))
(declare-fun fault0.pc@0 () (_ BitVec 8))
(declare-fun fault0.old_page@0 () (_ BitVec 8))
(declare-fun fault0.new_page@0 () (_ BitVec 8))
(declare-fun |alive[P0]@1| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.folio[P1][0]@1| () (_ BitVec 8))
(declare-fun |pte.write[P1][0]@1| () (_ BitVec 8))
(declare-fun |expected[P0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][1]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][1]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@1| () (_ BitVec 8))
(declare-fun |folio.index[F0]@1| () (_ BitVec 8))
(declare-fun |folio.index[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F1]@1| () (_ BitVec 8))
(declare-fun |folio.node[F0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av1]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av1]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P1]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun fault0.old_page@1 () (_ BitVec 8))
(declare-fun fault0.new_page@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun |alive[P0]@2| () (_ BitVec 8))
(declare-fun |expected[P0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][1]@2| () (_ BitVec 8))
(declare-fun |folio.index[F0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F1]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av1]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av1]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P1]@2| () (_ BitVec 8))
(declare-fun fault0.old_page@2 () (_ BitVec 8))
(declare-fun fault0.new_page@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun |alive[P0]@3| () (_ BitVec 8))
(declare-fun |alive[P1]@3| () (_ BitVec 8))
(declare-fun |alive[P1]@2| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun |pte[P0][0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@2| () (_ BitVec 8))
(declare-fun |pte.write[P1][0]@2| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][1]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][0]@2| () (_ BitVec 8))
(declare-fun migrate0.cursor@2 () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@2| () (_ BitVec 8))
(declare-fun |pte[P1][0]@2| () (_ BitVec 8))
(declare-fun |pte[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.folio[P1][0]@2| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte[P1][0]@3| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@3| () (_ BitVec 8))
(declare-fun migrate0.dst@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
(declare-fun |pte.folio[P1][0]@3| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.write[P1][0]@3| () (_ BitVec 8))
(declare-fun |expected[P0][0]@3| () (_ BitVec 8))
(declare-fun |expected[P1][0]@3| () (_ BitVec 8))
(declare-fun |expected[P1][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][1]@3| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av1]@2| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@2| () (_ BitVec 8))
(declare-fun migrate0.anon_vma@2 () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av1]@3| () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@3| () (_ BitVec 8))
(declare-fun |folio.index[F0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@2| () (_ BitVec 8))
(declare-fun |folio.node[F1]@2| () (_ BitVec 8))
(declare-fun |folio.node[F1]@3| () (_ BitVec 8))
(declare-fun fault0.woken@3 () (_ BitVec 8))
(declare-fun fault0.woken@2 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun fault0.wait_folio@2 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P1]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P1]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P1]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P1]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av1]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av1]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P1]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun migrate0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@2 () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun migrate0.isolated@2 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
(declare-fun fork0.addr@3 () (_ BitVec 8))
(declare-fun fork0.addr@2 () (_ BitVec 8))
(declare-fun fault0.old_page@3 () (_ BitVec 8))
(declare-fun fault0.new_page@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun |expected[P1][0]@1| () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun migrate0.dst@1 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@1| () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun |pte[P1][0]@1| () (_ BitVec 8))
(declare-fun |pte[P0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][0]@1| () (_ BitVec 8))
(declare-fun migrate0.cursor@1 () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@1| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@1 () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@1| () (_ BitVec 8))
(declare-fun fault0.pc@1 () (_ BitVec 8))
(declare-fun fork0.addr@1 () (_ BitVec 8))
(declare-fun fork0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@1 () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P1]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P1]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun fault0.woken@1 () (_ BitVec 8))
(declare-fun fault0.wait_folio@1 () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av1]@1| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.len[av1]@1| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@1| () (_ BitVec 8))
(declare-fun |alive[P1]@1| () (_ BitVec 8))
(declare-fun fault0.pc@2 () (_ BitVec 8))
(declare-fun fork0.pc@2 () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@2| () (_ BitVec 8))
(declare-fun |anon_vma.len[av1]@2| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@2| () (_ BitVec 8))
(declare-fun fault0.pc@3 () (_ BitVec 8))
(declare-fun fork0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.cursor@3 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@3 () (_ BitVec 8))
(declare-fun migrate0.dst@3 () (_ BitVec 8))
(declare-fun fault0.wait_folio@3 () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.len[av1]@3| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av1][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][1]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@3| () (_ BitVec 8))
(assert (and (= |alive[P0]@0| #x01)
     (= |alive[P1]@0| #x00)
     (= |pte[P0][0]@0| #x01)
     (= |pte[P1][0]@0| #x00)
     (= |pte.folio[P0][0]@0| #x00)
     (= |pte.folio[P1][0]@0| #x00)
     (= |pte.write[P0][0]@0| #x01)
     (= |pte.write[P1][0]@0| #x00)
     (= |expected[P0][0]@0| #x01)
     (= |expected[P1][0]@0| #x00)
     (= |anon_vma.list[av0][0]@0| #x00)
     (= |anon_vma.list[av0][1]@0| #x00)
     (= |anon_vma.list[av1][0]@0| #x00)
     (= |anon_vma.list[av1][1]@0| #x00)
     (= |anon_vma.len[av0]@0| #x01)
     (= |anon_vma.len[av1]@0| #x00)
     (= |anon_vma.refcount[av0]@0| #x01)
     (= |anon_vma.refcount[av1]@0| #x00)
     (= |folio.used[F0]@0| #x01)
     (= |folio.used[F1]@0| #x00)
     (= |folio.refcount[F0]@0| #x01)
     (= |folio.refcount[F1]@0| #x00)
     (= |folio.mapcount[F0]@0| #x01)
     (= |folio.mapcount[F1]@0| #x00)
     (= |PG_lru[F0]@0| #x01)
     (= |PG_lru[F1]@0| #x00)
     (= |PG_anon_exclusive[F0]@0| #x01)
     (= |PG_anon_exclusive[F1]@0| #x00)
     (= |folio.mapping[F0]@0| #x00)
     (= |folio.mapping[F1]@0| #x02)
     (= |folio.index[F0]@0| #x00)
     (= |folio.index[F1]@0| #x00)
     (= |folio.data[F0]@0| #x01)
     (= |folio.data[F1]@0| #x00)
     (= |folio.node[F0]@0| #x00)
     (= |folio.node[F1]@0| #x00)
     (= fault0.wait_folio@0 #x02)
     (= fault0.woken@0 #x00)
     (= |&mm->mmap_lock.writer[P0]@0| #x00)
     (= |&mm->mmap_lock.writer[P1]@0| #x00)
     (= |&mm->mmap_lock.readers[P0]@0| #x00)
     (= |&mm->mmap_lock.readers[P1]@0| #x00)
     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
     (= |&anon_vma->rwsem.writer[av1]@0| #x00)
     (= |&anon_vma->rwsem.readers[av0]@0| #x00)
     (= |&anon_vma->rwsem.readers[av1]@0| #x00)
     (= |ptlock_ptr(page)[P0]@0| #x00)
     (= |ptlock_ptr(page)[P1]@0| #x00)
     (= |PG_locked[F0]@0| #x00)
     (= |PG_locked[F1]@0| #x00)
     (= migrate0.pc@0 #x00)
     (= migrate0.isolated@0 #x00)
     (= migrate0.dst@0 #x02)
     (= migrate0.anon_vma@0 #x02)
     (= migrate0.cursor@0 #x00)
     (= migrate0.page_was_mapped@0 #x00)
     (= migrate0.ok@0 #x00)
     (= migrate0.pass@0 #x00)
     (= fork0.pc@0 #x00)
     (= fork0.addr@0 #x00)
     (= fault0.pc@0 #x00)
     (= fault0.old_page@0 #x02)
     (= fault0.new_page@0 #x02)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |alive[P1]@0| #x01)
     (bvule |pte[P0][0]@0| #x07)
     (bvule |pte[P1][0]@0| #x07)
     (bvule |pte.folio[P0][0]@0| #x01)
     (bvule |pte.folio[P1][0]@0| #x01)
     (bvule |pte.write[P0][0]@0| #x01)
     (bvule |pte.write[P1][0]@0| #x01)
     (bvule |expected[P0][0]@0| #x01)
     (bvule |expected[P1][0]@0| #x01)
     (bvule |anon_vma.list[av0][0]@0| #x01)
     (bvule |anon_vma.list[av0][1]@0| #x01)
     (bvule |anon_vma.list[av1][0]@0| #x01)
     (bvule |anon_vma.list[av1][1]@0| #x01)
     (bvule |anon_vma.len[av0]@0| #x02)
     (bvule |anon_vma.len[av1]@0| #x02)
     (bvule |anon_vma.refcount[av0]@0| #x07)
     (bvule |anon_vma.refcount[av1]@0| #x07)
     (bvule |folio.used[F0]@0| #x01)
     (bvule |folio.used[F1]@0| #x01)
     (bvule |folio.refcount[F0]@0| #x07)
     (bvule |folio.refcount[F1]@0| #x07)
     (bvule |folio.mapcount[F0]@0| #x03)
     (bvule |folio.mapcount[F1]@0| #x03)
     (bvule |PG_lru[F0]@0| #x01)
     (bvule |PG_lru[F1]@0| #x01)
     (bvule |PG_anon_exclusive[F0]@0| #x01)
     (bvule |PG_anon_exclusive[F1]@0| #x01)
     (bvule |folio.mapping[F0]@0| #x02)
     (bvule |folio.mapping[F1]@0| #x02)
     (bvule |folio.index[F0]@0| #x00)
     (bvule |folio.index[F1]@0| #x00)
     (bvule |folio.data[F0]@0| #x01)
     (bvule |folio.data[F1]@0| #x01)
     (bvule |folio.node[F0]@0| #x01)
     (bvule |folio.node[F1]@0| #x01)
     (bvule fault0.wait_folio@0 #x02)
     (bvule fault0.woken@0 #x01)
     (bvule |&mm->mmap_lock.writer[P0]@0| #x03)
     (bvule |&mm->mmap_lock.writer[P1]@0| #x03)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x03)
     (bvule |&mm->mmap_lock.readers[P1]@0| #x03)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x03)
     (bvule |&anon_vma->rwsem.writer[av1]@0| #x03)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x03)
     (bvule |&anon_vma->rwsem.readers[av1]@0| #x03)
     (bvule |ptlock_ptr(page)[P0]@0| #x03)
     (bvule |ptlock_ptr(page)[P1]@0| #x03)
     (bvule |PG_locked[F0]@0| #x03)
     (bvule |PG_locked[F1]@0| #x03)
     (bvule migrate0.pc@0 #x1f)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.dst@0 #x02)
     (bvule migrate0.anon_vma@0 #x02)
     (bvule migrate0.cursor@0 #x02)
     (bvule migrate0.page_was_mapped@0 #x01)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.pass@0 #x00)
     (bvule fork0.pc@0 #x06)
     (bvule fork0.addr@0 #x01)
     (bvule fault0.pc@0 #x0c)
     (bvule fault0.old_page@0 #x02)
     (bvule fault0.new_page@0 #x02)))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@0| #x00)))
               (not (not (= |folio.used[F1]@0| #x00)))))
      (a!3 (and (= rule@0 #x09)
                (= migrate0.pc@0 #x04)
                (bvugt |folio.mapcount[F0]@0| #x00)
                (not (= |folio.mapping[F0]@0| #x02))
                (bvugt (ite (= |folio.mapping[F0]@0| #x00)
                            |anon_vma.refcount[av0]@0|
                            |anon_vma.refcount[av1]@0|)
                       #x00)))
      (a!4 (and (bvugt |folio.mapcount[F0]@0| #x00)
                (not (= |folio.mapping[F0]@0| #x02))
                (bvugt (ite (= |folio.mapping[F0]@0| #x00)
                            |anon_vma.refcount[av0]@0|
                            |anon_vma.refcount[av1]@0|)
                       #x00)))
      (a!5 (and (= rule@0 #x0d)
                (= migrate0.pc@0 #x06)
                (= (ite (= migrate0.dst@0 #x00)
                        |PG_locked[F0]@0|
                        |PG_locked[F1]@0|)
                   #x00)))
      (a!6 (ite (and (= |folio.mapping[F0]@0| #x00) (= migrate0.cursor@0 #x01))
                |anon_vma.list[av0][1]@0|
                (ite (and (= |folio.mapping[F0]@0| #x01)
                          (= migrate0.cursor@0 #x00))
                     |anon_vma.list[av1][0]@0|
                     |anon_vma.list[av1][1]@0|)))
      (a!9 (or (bvuge migrate0.cursor@0
                      (ite (= |folio.mapping[F0]@0| #x00)
                           |anon_vma.len[av0]@0|
                           |anon_vma.len[av1]@0|))
               (not (bvugt |folio.mapcount[F0]@0| #x00))))
      (a!11 (and (= rule@0 #x19)
                 (= migrate0.pc@0 #x0e)
                 (bvuge migrate0.cursor@0
                        (ite (= |folio.mapping[F0]@0| #x00)
                             |anon_vma.len[av0]@0|
                             |anon_vma.len[av1]@0|))))
      (a!13 (= |alive[P1]@1|
               (ite (and (= rule@0 #x27) true) #x01 |alive[P1]@0|)))
      (a!20 (ite (and (not (= |pte[P0][0]@0| #x00))
                      (not (= |pte[P0][0]@0| #x01)))
                 #x02
                 |pte[P0][0]@0|))
      (a!23 (ite (and (not (= |pte[P0][0]@0| #x00))
                      (not (= |pte[P0][0]@0| #x01)))
                 #x02
                 #x00))
      (a!28 (or (= |pte[P0][0]@0| #x01)
                (and (not (= |pte[P0][0]@0| #x00))
                     (not (= |pte[P0][0]@0| #x01)))))
      (a!35 (= |expected[P1][0]@1|
               (ite (and (= rule@0 #x26) true)
                    |expected[P0][0]@0|
                    |expected[P1][0]@0|)))
      (a!36 (or (and (bvult #x00 |anon_vma.len[av0]@0|)
                     (= |anon_vma.list[av0][0]@0| #x00))
                (and (bvult #x01 |anon_vma.len[av0]@0|)
                     (= |anon_vma.list[av0][1]@0| #x00))))
      (a!39 (= |anon_vma.list[av1][0]@1|
               (ite (and (= rule@0 #x25) true) #x01 |anon_vma.list[av1][0]@0|)))
      (a!41 (= |anon_vma.len[av1]@1|
               (ite (and (= rule@0 #x25) true) #x01 |anon_vma.len[av1]@0|)))
      (a!42 (and (= (ite (= migrate0.anon_vma@0 #x00)
                         |anon_vma.refcount[av0]@0|
                         |anon_vma.refcount[av1]@0|)
                    #x01)
                 (not (= migrate0.anon_vma@0 #x00))))
      (a!44 (= (ite (not (= migrate0.anon_vma@0 #x02)) migrate0.anon_vma@0 #x00)
               #x00))
      (a!49 (ite (bvugt (ite (= migrate0.anon_vma@0 #x01) #x01 #x00) #x00)
                 (bvsub |anon_vma.refcount[av1]@0|
                        (ite (= migrate0.anon_vma@0 #x01) #x01 #x00))
                 |anon_vma.refcount[av1]@0|))
      (a!50 (= (ite (not (= migrate0.anon_vma@0 #x02)) migrate0.anon_vma@0 #x00)
               #x01))
      (a!54 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!55 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!63 (= (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00) #x00))
      (a!64 (ite (= |pte[P0][0]@0| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@0| #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@0| #x00)
                      |folio.refcount[F0]@0|
                      |folio.refcount[F1]@0|)))
      (a!72 (= (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00) #x01))
      (a!78 (ite (= |pte[P0][0]@0| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@0| #x00)
                             |folio.mapcount[F0]@0|
                             |folio.mapcount[F1]@0|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@0| #x00)
                      |folio.mapcount[F0]@0|
                      |folio.mapcount[F1]@0|)))
      (a!82 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!90 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!91 (ite (= |pte[P0][0]@0| #x01)
                 #x00
                 (ite (= |pte.folio[P0][0]@0| #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!100 (ite (= (ite (= migrate0.dst@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x02
                  (ite (= migrate0.dst@0 #x00)
                       |folio.mapping[F0]@0|
                       |folio.mapping[F1]@0|)))
      (a!107 (ite (= (ite (= migrate0.dst@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@0 #x00)
                       |folio.index[F0]@0|
                       |folio.index[F1]@0|)))
      (a!114 (ite (= (ite (= migrate0.dst@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@0 #x00)
                       |folio.data[F0]@0|
                       |folio.data[F1]@0|)))
      (a!122 (ite (= (ite (= migrate0.dst@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!129 (ite (and (= rule@0 #x2c) true)
                  |pte.folio[P1][0]@0|
                  (ite (and (= rule@0 #x2d) true) #x02 fault0.wait_folio@0)))
      (a!130 (ite (= (ite (= |pte.folio[P1][0]@0| #x00)
                          |PG_locked[F0]@0|
                          |PG_locked[F1]@0|)
                     #x00)
                  #x01
                  #x00))
      (a!133 (ite (and (= rule@0 #x22) true)
                  #x02
                  (ite (and (= rule@0 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P0]@0|)))
      (a!134 (ite (and (= rule@0 #x23) true)
                  #x02
                  (ite (and (= rule@0 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P1]@0|)))
      (a!135 (ite (and (= rule@0 #x2d) true)
                  (bvsub |&mm->mmap_lock.readers[P1]@0| #x01)
                  (ite (and (= rule@0 #x2e) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@0| #x01)
                       |&mm->mmap_lock.readers[P1]@0|)))
      (a!137 (ite (and (= rule@0 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@0| #x01)
                  (ite (and (= rule@0 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@0| #x01)
                       |&anon_vma->rwsem.readers[av0]@0|)))
      (a!139 (ite (and (= rule@0 #x1a) (= migrate0.dst@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x1c) true) #x00 |PG_locked[F0]@0|)))
      (a!142 (ite (and (= rule@0 #x0d) (= migrate0.dst@0 #x01))
                  #x01
                  (ite (and (= rule@0 #x1a) (= migrate0.dst@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!143 (ite (and (= rule@0 #x20) true)
                  #x15
                  (ite (and (= rule@0 #x21) true) #x1f migrate0.pc@0)))
      (a!160 (ite (and (= rule@0 #x1e) true)
                  #x00
                  (ite (and (= rule@0 #x21) true) #x00 migrate0.isolated@0)))
      (a!162 (ite (and (= rule@0 #x1f) true)
                  #x02
                  (ite (and (= rule@0 #x20) true) #x02 migrate0.dst@0)))
      (a!164 (ite (and (= rule@0 #x0b) true)
                  #x02
                  (ite (and (= rule@0 #x1b) true) #x02 migrate0.anon_vma@0)))
      (a!166 (ite (and (= rule@0 #x18) true)
                  (bvadd migrate0.cursor@0 #x01)
                  (ite (and (= rule@0 #x19) true) #x00 migrate0.cursor@0)))
      (a!169 (ite (and (= rule@0 #x0e) true)
                  #x01
                  (ite (and (= rule@0 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@0)))
      (a!170 (ite (and (= rule@0 #x14) true)
                  #x00
                  (ite (and (= rule@0 #x15) true) #x01 migrate0.ok@0)))
      (a!172 (= migrate0.pass@1
                (ite (and (= rule@0 #x1f) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!173 (ite (and (= rule@0 #x26) true)
                  #x05
                  (ite (and (= rule@0 #x27) true) #x06 fork0.pc@0)))
      (a!176 (ite (and (= rule@0 #x26) true)
                  #x01
                  (ite (and (= rule@0 #x27) true) #x00 fork0.addr@0)))
      (a!178 (ite (and (= rule@0 #x2d) true)
                  #x00
                  (ite (and (= rule@0 #x2e) true) #x0c fault0.pc@0))))
(let ((a!7 (ite (and (= |folio.mapping[F0]@0| #x00) (= migrate0.cursor@0 #x00))
                |anon_vma.list[av0][0]@0|
                a!6))
      (a!37 (= |anon_vma.list[av0][0]@1|
               (ite (and (= rule@0 #x24) true)
                    (ite a!36 #x01 |anon_vma.list[av0][0]@0|)
                    |anon_vma.list[av0][0]@0|)))
      (a!38 (= |anon_vma.list[av0][1]@1|
               (ite (and (= rule@0 #x24) true)
                    (ite a!36
                         |anon_vma.list[av0][0]@0|
                         |anon_vma.list[av0][1]@0|)
                    |anon_vma.list[av0][1]@0|)))
      (a!40 (= |anon_vma.len[av0]@1|
               (ite (and (= rule@0 #x24) true)
                    (ite a!36
                         (bvadd |anon_vma.len[av0]@0| #x01)
                         |anon_vma.len[av0]@0|)
                    |anon_vma.len[av0]@0|)))
      (a!43 (bvadd (ite (= migrate0.anon_vma@0 #x00) #x01 #x00)
                   (ite a!42 #x01 #x00)))
      (a!45 (ite (and (not (= migrate0.anon_vma@0 #x02)) a!44) #x01 #x00))
      (a!46 (ite (and (not (= migrate0.anon_vma@0 #x02))
                      (= (ite a!44
                              |anon_vma.refcount[av0]@0|
                              |anon_vma.refcount[av1]@0|)
                         #x01)
                      (not a!44))
                 #x01
                 #x00))
      (a!51 (ite (and (not (= migrate0.anon_vma@0 #x02)) a!50) #x01 #x00))
      (a!56 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                 a!55
                 (ite (and (= rule@0 #x21) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      |folio.used[F0]@0|)))
      (a!60 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                 a!55
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                      a!55
                      |folio.used[F1]@0|)))
      (a!65 (ite (and (= rule@0 #x21) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x00))
                      a!64
                      |folio.refcount[F0]@0|)))
      (a!73 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x01))
                      a!64
                      |folio.refcount[F1]@0|)))
      (a!83 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                 a!82
                 (ite (and (= rule@0 #x21) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                      |PG_lru[F0]@0|)))
      (a!87 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                 a!82
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                      a!82
                      |PG_lru[F1]@0|)))
      (a!92 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x00))
                      a!91
                      |PG_anon_exclusive[F0]@0|)))
      (a!97 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!90
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x01))
                      a!91
                      |PG_anon_exclusive[F1]@0|)))
      (a!101 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                  a!100
                  (ite (and (= rule@0 #x21) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x02
                            |folio.mapping[F0]@0|)
                       |folio.mapping[F0]@0|)))
      (a!105 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                  a!100
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                       a!100
                       |folio.mapping[F1]@0|)))
      (a!108 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                  a!107
                  (ite (and (= rule@0 #x21) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.index[F0]@0|)
                       |folio.index[F0]@0|)))
      (a!112 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                  a!107
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                       a!107
                       |folio.index[F1]@0|)))
      (a!115 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                  a!114
                  (ite (and (= rule@0 #x21) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.data[F0]@0|)
                       |folio.data[F0]@0|)))
      (a!119 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                  a!114
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                       a!114
                       |folio.data[F1]@0|)))
      (a!123 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                  a!122
                  (ite (and (= rule@0 #x21) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       |folio.node[F0]@0|)))
      (a!127 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                  a!122
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                       a!122
                       |folio.node[F1]@0|)))
      (a!131 (ite (and (= rule@0 #x2c) true)
                  a!130
                  (ite (and (= rule@0 #x2d) true) #x00 fault0.woken@0)))
      (a!136 (ite (and (= rule@0 #x2a) true)
                  (bvadd |&mm->mmap_lock.readers[P1]@0| #x01)
                  (ite (and (= rule@0 #x2b) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@0| #x01)
                       a!135)))
      (a!138 (ite (and (= rule@0 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@0| #x01)
                  (ite (and (= rule@0 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@0| #x01)
                       a!137)))
      (a!140 (ite (and (= rule@0 #x08) true)
                  #x01
                  (ite (and (= rule@0 #x0d) (= migrate0.dst@0 #x00)) #x01 a!139)))
      (a!144 (ite (and (= rule@0 #x1e) true)
                  #x1f
                  (ite (and (= rule@0 #x1f) true) #x01 a!143)))
      (a!161 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x02) true) #x00 a!160)))
      (a!163 (ite (and (= rule@0 #x03) true)
                  a!54
                  (ite (and (= rule@0 #x1d) true) #x02 a!162)))
      (a!165 (= migrate0.anon_vma@1
                (ite (and (= rule@0 #x09) true) |folio.mapping[F0]@0| a!164)))
      (a!167 (ite (and (= rule@0 #x11) true)
                  #x00
                  (ite (and (= rule@0 #x17) true) #x00 a!166)))
      (a!171 (ite (and (= rule@0 #x06) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x00 a!170)))
      (a!174 (ite (and (= rule@0 #x24) true)
                  #x03
                  (ite (and (= rule@0 #x25) true) #x04 a!173)))
      (a!177 (ite (and (= rule@0 #x24) true)
                  fork0.addr@0
                  (ite (and (= rule@0 #x25) true) #x00 a!176)))
      (a!179 (ite (and (= rule@0 #x2b) true)
                  #x00
                  (ite (and (= rule@0 #x2c) true) #x06 a!178))))
(let ((a!8 (and (= rule@0 #x10)
                (= migrate0.pc@0 #x09)
                (bvult migrate0.cursor@0
                       (ite (= |folio.mapping[F0]@0| #x00)
                            |anon_vma.len[av0]@0|
                            |anon_vma.len[av1]@0|))
                (bvugt |folio.mapcount[F0]@0| #x00)
                (= |folio.index[F0]@0| #x00)
                (= (ite (= a!7 #x00)
                        |ptlock_ptr(page)[P0]@0|
                        |ptlock_ptr(page)[P1]@0|)
                   #x00)))
      (a!10 (and (= rule@0 #x18)
                 (= migrate0.pc@0 #x0e)
                 (bvult migrate0.cursor@0
                        (ite (= |folio.mapping[F0]@0| #x00)
                             |anon_vma.len[av0]@0|
                             |anon_vma.len[av1]@0|))
                 (= |folio.index[F0]@0| #x00)
                 (= (ite (= a!7 #x00)
                         |ptlock_ptr(page)[P0]@0|
                         |ptlock_ptr(page)[P1]@0|)
                    #x00)))
      (a!14 (ite (and (= a!7 #x00) (= #x00 #x00)) |pte[P0][0]@0| |pte[P1][0]@0|))
      (a!15 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.folio[P0][0]@0|
                 |pte.folio[P1][0]@0|))
      (a!16 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.write[P0][0]@0|
                 |pte.write[P1][0]@0|))
      (a!47 (ite (and (= rule@0 #x1b) true)
                 (ite (bvugt (bvadd a!45 a!46) #x00)
                      (bvsub |anon_vma.refcount[av0]@0| (bvadd a!45 a!46))
                      |anon_vma.refcount[av0]@0|)
                 (ite (and (= rule@0 #x25) true)
                      (bvadd |anon_vma.refcount[av0]@0| #x01)
                      |anon_vma.refcount[av0]@0|)))
      (a!52 (ite (and (= rule@0 #x1b) true)
                 (ite (bvugt a!51 #x00)
                      (bvsub |anon_vma.refcount[av1]@0| a!51)
                      |anon_vma.refcount[av1]@0|)
                 (ite (and (= rule@0 #x25) true)
                      #x01
                      |anon_vma.refcount[av1]@0|)))
      (a!57 (ite (and (= rule@0 #x1e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@0 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01)) a!55 a!60)))
      (a!66 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!65))
      (a!74 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!73))
      (a!84 (ite (and (= rule@0 #x1e) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@0 #x16) (= migrate0.dst@0 #x01))
                 #x01
                 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01)) a!82 a!87)))
      (a!93 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!90
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!90 a!92)))
      (a!98 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!90
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!90 a!97)))
      (a!102 (ite (and (= rule@0 #x1e) true)
                  (ite (= |folio.refcount[F0]@0| #x01)
                       #x02
                       |folio.mapping[F0]@0|)
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                       a!100
                       a!101)))
      (a!106 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x01))
                  |folio.mapping[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                       a!100
                       a!105)))
      (a!109 (ite (and (= rule@0 #x1e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                       a!107
                       a!108)))
      (a!113 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x01))
                  |folio.index[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                       a!107
                       a!112)))
      (a!116 (ite (and (= rule@0 #x1e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                       a!114
                       a!115)))
      (a!120 (ite (and (= rule@0 #x15) (= migrate0.dst@0 #x01))
                  |folio.data[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                       a!114
                       a!119)))
      (a!124 (ite (and (= rule@0 #x1e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                       a!122
                       a!123)))
      (a!128 (ite (and (= rule@0 #x03) (= a!54 #x01))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                       a!122
                       a!127)))
      (a!132 (ite (and (= rule@0 #x1a) true)
                  (ite (= fault0.wait_folio@0 migrate0.dst@0)
                       #x01
                       fault0.woken@0)
                  (ite (and (= rule@0 #x1c) true)
                       (ite (= fault0.wait_folio@0 #x00) #x01 fault0.woken@0)
                       a!131)))
      (a!141 (= |PG_locked[F0]@1| (ite (and (= rule@0 #x05) true) #x01 a!140)))
      (a!145 (ite (and (= rule@0 #x1c) true)
                  (ite (not (= migrate0.ok@0 #x00)) #x12 #x14)
                  (ite (and (= rule@0 #x1d) true) #x13 a!144)))
      (a!168 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x10) true)
                       (bvadd migrate0.cursor@0 #x01)
                       a!167)))
      (a!175 (ite (and (= rule@0 #x22) true)
                  #x01
                  (ite (and (= rule@0 #x23) true) #x02 a!174)))
      (a!180 (ite (and (= rule@0 #x29) true)
                  #x01
                  (ite (and (= rule@0 #x2a) true) #x02 a!179))))
(let ((a!12 (or (and (= rule@0 #x00)
                     (= migrate0.pc@0 #x00)
                     (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))
                (and (= rule@0 #x01) (= migrate0.pc@0 #x00) a!1)
                (and (= rule@0 #x02)
                     (= migrate0.pc@0 #x01)
                     (= |folio.refcount[F0]@0| #x01))
                (and (= rule@0 #x03)
                     (= migrate0.pc@0 #x01)
                     (not (= |folio.refcount[F0]@0| #x01))
                     a!2)
                (and (= rule@0 #x04)
                     (= migrate0.pc@0 #x01)
                     (not (= |folio.refcount[F0]@0| #x01))
                     (not a!2))
                (and (= rule@0 #x05)
                     (= migrate0.pc@0 #x02)
                     (= |PG_locked[F0]@0| #x00))
                (and (= rule@0 #x06)
                     (= migrate0.pc@0 #x02)
                     (not (= |PG_locked[F0]@0| #x00))
                     (not (bvuge migrate0.pass@0 #x03)))
                (and (= rule@0 #x07)
                     (= migrate0.pc@0 #x02)
                     (not (= |PG_locked[F0]@0| #x00))
                     (bvuge migrate0.pass@0 #x03))
                (and (= rule@0 #x08)
                     (= migrate0.pc@0 #x03)
                     (= |PG_locked[F0]@0| #x00))
                a!3
                (and (= rule@0 #x0a)
                     (= migrate0.pc@0 #x05)
                     (bvugt |folio.mapcount[F0]@0| #x00))
                (and (= rule@0 #x0b)
                     (= migrate0.pc@0 #x05)
                     (not (bvugt |folio.mapcount[F0]@0| #x00)))
                (and (= rule@0 #x0c) (= migrate0.pc@0 #x04) (not a!4))
                a!5
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x08)
                     (bvugt |folio.mapcount[F0]@0| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00))
                (and (= rule@0 #x0f)
                     (= migrate0.pc@0 #x08)
                     (not (bvugt |folio.mapcount[F0]@0| #x00)))
                a!8
                (and (= rule@0 #x11) (= migrate0.pc@0 #x09) a!9)
                (and (= rule@0 #x12)
                     (= migrate0.pc@0 #x0a)
                     (not (bvugt |folio.mapcount[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x01))
                (and (= rule@0 #x13)
                     (= migrate0.pc@0 #x0a)
                     (not (bvugt |folio.mapcount[F0]@0| #x00))
                     (not (= |folio.refcount[F0]@0| #x01)))
                (and (= rule@0 #x14)
                     (= migrate0.pc@0 #x0a)
                     (bvugt |folio.mapcount[F0]@0| #x00))
                (and (= rule@0 #x15) (= migrate0.pc@0 #x0b))
                (and (= rule@0 #x16) (= migrate0.pc@0 #x0c))
                (and (= rule@0 #x17)
                     (= migrate0.pc@0 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00))
                a!10
                a!11
                (and (= rule@0 #x1a) (= migrate0.pc@0 #x0f))
                (and (= rule@0 #x1b) (= migrate0.pc@0 #x10))
                (and (= rule@0 #x1c) (= migrate0.pc@0 #x11))
                (and (= rule@0 #x1d) (= migrate0.pc@0 #x12))
                (and (= rule@0 #x1e) (= migrate0.pc@0 #x13))
                (and (= rule@0 #x1f)
                     (= migrate0.pc@0 #x14)
                     (bvult migrate0.pass@0 #x00))
                (and (= rule@0 #x20)
                     (= migrate0.pc@0 #x14)
                     (bvuge migrate0.pass@0 #x00))
                (and (= rule@0 #x21) (= migrate0.pc@0 #x15))
                (and (= rule@0 #x22)
                     (= fork0.pc@0 #x00)
                     (not (= |alive[P0]@0| #x00))
                     (= |&mm->mmap_lock.writer[P0]@0| #x00)
                     (= |&mm->mmap_lock.readers[P0]@0| #x00))
                (and (= rule@0 #x23)
                     (= fork0.pc@0 #x01)
                     (= |&mm->mmap_lock.writer[P1]@0| #x00)
                     (= |&mm->mmap_lock.readers[P1]@0| #x00))
                (and (= rule@0 #x24)
                     (= fork0.pc@0 #x02)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@0| #x00))
                (and (= rule@0 #x25)
                     (= fork0.pc@0 #x03)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@0| #x00))
                (and (= rule@0 #x26)
                     (= fork0.pc@0 #x04)
                     (= fork0.addr@0 #x00)
                     (= |ptlock_ptr(page)[P1]@0| #x00)
                     (= |ptlock_ptr(page)[P0]@0| #x00))
                (and (= rule@0 #x27) (= fork0.pc@0 #x05))
                (and (= rule@0 #x28)
                     (= fault0.pc@0 #x00)
                     (not (= |alive[P1]@0| #x00))
                     (= |pte[P1][0]@0| #x01))
                (and (= rule@0 #x29)
                     (= fault0.pc@0 #x00)
                     (not (= |alive[P1]@0| #x00))
                     (not (= |pte[P1][0]@0| #x01)))
                (and (= rule@0 #x2a)
                     (= fault0.pc@0 #x01)
                     (= |&mm->mmap_lock.writer[P1]@0| #x00))
                (and (= rule@0 #x2b)
                     (= fault0.pc@0 #x02)
                     (= |ptlock_ptr(page)[P1]@0| #x00)
                     (= |pte[P1][0]@0| #x01))
                (and (= rule@0 #x2c)
                     (= fault0.pc@0 #x02)
                     (= |ptlock_ptr(page)[P1]@0| #x00)
                     (not (= |pte[P1][0]@0| #x00))
                     (not (= |pte[P1][0]@0| #x01)))
                (and (= rule@0 #x2d)
                     (= fault0.pc@0 #x06)
                     (not (= fault0.woken@0 #x00)))
                (and (= rule@0 #x2e)
                     (= fault0.pc@0 #x02)
                     (= |pte[P1][0]@0| #x00))))
      (a!17 (ite (not (= a!16 #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@0| #x00)) #x03 #x02)))
      (a!19 (and (not (= a!14 #x00)) (not (= a!14 #x01)) (= a!15 #x00)))
      (a!30 (ite (and (= a!14 #x01) (= a!15 #x00)) #x00 a!16))
      (a!48 (ite (and (= rule@0 #x09) (= |folio.mapping[F0]@0| #x00))
                 (bvadd (ite (= |folio.mapping[F0]@0| #x00)
                             |anon_vma.refcount[av0]@0|
                             |anon_vma.refcount[av1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x0b) true)
                      (ite (bvugt a!43 #x00)
                           (bvsub |anon_vma.refcount[av0]@0| a!43)
                           |anon_vma.refcount[av0]@0|)
                      a!47)))
      (a!53 (ite (and (= rule@0 #x09) (= |folio.mapping[F0]@0| #x01))
                 (bvadd (ite (= |folio.mapping[F0]@0| #x00)
                             |anon_vma.refcount[av0]@0|
                             |anon_vma.refcount[av1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x0b) true) a!49 a!52)))
      (a!58 (ite (and (= rule@0 #x03) (= a!54 #x00))
                 #x01
                 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00)) a!55 a!57)))
      (a!62 (bvsub |folio.refcount[F0]@0|
                   (ite (and (= a!14 #x01) (= a!15 #x00)) #x01 #x00)))
      (a!67 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!66))
      (a!75 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!74))
      (a!85 (ite (and (= rule@0 #x16) (= migrate0.dst@0 #x00))
                 #x01
                 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00)) a!82 a!84)))
      (a!89 (ite (and (not (= a!14 #x00))
                      (not (= a!14 #x01))
                      (= a!15 #x00)
                      (not (= a!14 #x02)))
                 #x01
                 (ite a!63 |PG_anon_exclusive[F0]@0| |PG_anon_exclusive[F1]@0|)))
      (a!94 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!90
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!93)))
      (a!103 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x00))
                  |folio.mapping[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                       a!100
                       a!102)))
      (a!110 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x00))
                  |folio.index[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                       a!107
                       a!109)))
      (a!117 (ite (and (= rule@0 #x15) (= migrate0.dst@0 #x00))
                  |folio.data[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                       a!114
                       a!116)))
      (a!121 (= |folio.data[F1]@1|
                (ite (and (= rule@0 #x03) (= a!54 #x01)) #x00 a!120)))
      (a!125 (ite (and (= rule@0 #x03) (= a!54 #x00))
                  (bvsub #x01 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                       a!122
                       a!124)))
      (a!146 (ite (and (= rule@0 #x1a) true)
                  #x10
                  (ite (and (= rule@0 #x1b) true) #x11 a!145)))
      (a!181 (= fault0.pc@1 (ite (and (= rule@0 #x28) true) #x0c a!180))))
(let ((a!18 (ite (and (= a!14 #x01) (= a!15 #x00)) a!17 a!14))
      (a!21 (ite (and (= rule@0 #x18) (= a!7 #x00))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@0 #x26) true) a!20 |pte[P0][0]@0|)))
      (a!24 (ite (and (= rule@0 #x18) (= a!7 #x01))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@0 #x26) true)
                      (ite (= |pte[P0][0]@0| #x01) #x01 a!23)
                      |pte[P1][0]@0|)))
      (a!26 (ite a!19
                 (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00)
                 a!15))
      (a!31 (ite (and (= rule@0 #x18) (= a!7 #x00))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@0 #x26) true)
                      (ite (= |pte[P0][0]@0| #x01) #x00 |pte.write[P0][0]@0|)
                      |pte.write[P0][0]@0|)))
      (a!33 (ite (and (= rule@0 #x18) (= a!7 #x01))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@0 #x26) true) #x00 |pte.write[P1][0]@0|)))
      (a!59 (= |folio.used[F0]@1|
               (ite (and (= rule@0 #x02) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |folio.used[F0]@0|)
                    a!58)))
      (a!68 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x1e) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!67)))
      (a!76 (ite (and (= rule@0 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@0 #x18) a!72)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@0|
                                  |folio.refcount[F1]@0|)
                             (ite a!19 #x01 #x00))
                      a!75)))
      (a!77 (ite a!19
                 (bvadd (ite a!63 |folio.mapcount[F0]@0| |folio.mapcount[F1]@0|)
                        #x01)
                 (ite a!63 |folio.mapcount[F0]@0| |folio.mapcount[F1]@0|)))
      (a!86 (ite (and (= rule@0 #x00) true)
                 #x00
                 (ite (and (= rule@0 #x02) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                      a!85)))
      (a!95 (ite (and (= rule@0 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x18) a!63) a!89 a!94)))
      (a!99 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x18) a!72) a!89 a!98)))
      (a!104 (= |folio.mapping[F0]@1|
                (ite (and (= rule@0 #x02) true)
                     (ite (= |folio.refcount[F0]@0| #x01)
                          #x02
                          |folio.mapping[F0]@0|)
                     a!103)))
      (a!111 (= |folio.index[F0]@1|
                (ite (and (= rule@0 #x02) true)
                     (ite (= |folio.refcount[F0]@0| #x01)
                          #x00
                          |folio.index[F0]@0|)
                     a!110)))
      (a!118 (ite (and (= rule@0 #x02) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                  (ite (and (= rule@0 #x03) (= a!54 #x00)) #x00 a!117)))
      (a!126 (= |folio.node[F0]@1|
                (ite (and (= rule@0 #x02) true)
                     (ite (= |folio.refcount[F0]@0| #x01)
                          #x00
                          |folio.node[F0]@0|)
                     a!125)))
      (a!147 (ite (and (= rule@0 #x17) true)
                  #x0e
                  (ite (and (= rule@0 #x19) true) #x0f a!146))))
(let ((a!22 (= |pte[P0][0]@1|
               (ite (and (= rule@0 #x10) (= a!7 #x00)) a!18 a!21)))
      (a!25 (= |pte[P1][0]@1|
               (ite (and (= rule@0 #x10) (= a!7 #x01)) a!18 a!24)))
      (a!27 (= |pte.folio[P0][0]@1|
               (ite (and (= rule@0 #x18) (= a!7 #x00))
                    a!26
                    |pte.folio[P0][0]@0|)))
      (a!29 (ite (and (= rule@0 #x18) (= a!7 #x01))
                 a!26
                 (ite (and (= rule@0 #x26) true)
                      (ite a!28 |pte.folio[P0][0]@0| #x00)
                      |pte.folio[P1][0]@0|)))
      (a!32 (= |pte.write[P0][0]@1|
               (ite (and (= rule@0 #x10) (= a!7 #x00)) a!30 a!31)))
      (a!34 (= |pte.write[P1][0]@1|
               (ite (and (= rule@0 #x10) (= a!7 #x01)) a!30 a!33)))
      (a!69 (ite (and (= rule@0 #x10) true)
                 a!62
                 (ite (and (= rule@0 #x18) a!63)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@0|
                                  |folio.refcount[F1]@0|)
                             (ite a!19 #x01 #x00))
                      a!68)))
      (a!79 (ite (and (= rule@0 #x18) a!63)
                 a!77
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x00))
                      a!78
                      |folio.mapcount[F0]@0|)))
      (a!81 (ite (and (= rule@0 #x18) a!72)
                 a!77
                 (ite (and (= rule@0 #x26) (= |pte.folio[P0][0]@0| #x01))
                      a!78
                      |folio.mapcount[F1]@0|)))
      (a!96 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x02) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@0|)
                    a!95)))
      (a!148 (ite (and (= rule@0 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  a!147)))
(let ((a!70 (ite (and (= rule@0 #x02) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!54 #x00)) #x01 a!69)))
      (a!80 (ite (and (= rule@0 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      (bvsub |folio.mapcount[F0]@0| #x01)
                      |folio.mapcount[F0]@0|)
                 a!79))
      (a!149 (ite (and (= rule@0 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  (ite (and (= rule@0 #x15) true) #x0c a!148))))
(let ((a!71 (= |folio.refcount[F0]@1|
               (ite (and (= rule@0 #x00) true)
                    (bvadd |folio.refcount[F0]@0| #x01)
                    a!70)))
      (a!150 (ite (and (= rule@0 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  a!149)))
(let ((a!151 (ite (and (= rule@0 #x11) true)
                  #x0a
                  (ite (and (= rule@0 #x12) true) #x0b a!150))))
(let ((a!152 (ite (and (= rule@0 #x0e) true)
                  #x09
                  (ite (and (= rule@0 #x0f) true) #x0a a!151))))
(let ((a!153 (ite (and (= rule@0 #x0c) true)
                  #x06
                  (ite (and (= rule@0 #x0d) true) #x08 a!152))))
(let ((a!154 (ite (and (= rule@0 #x0a) true)
                  #x06
                  (ite (and (= rule@0 #x0b) true) #x06 a!153))))
(let ((a!155 (ite (and (= rule@0 #x08) true)
                  #x04
                  (ite (and (= rule@0 #x09) true) #x05 a!154))))
(let ((a!156 (ite (and (= rule@0 #x06) true)
                  #x14
                  (ite (and (= rule@0 #x07) true) #x03 a!155))))
(let ((a!157 (ite (and (= rule@0 #x04) true)
                  #x15
                  (ite (and (= rule@0 #x05) true) #x04 a!156))))
(let ((a!158 (ite (and (= rule@0 #x02) true)
                  #x1f
                  (ite (and (= rule@0 #x03) true) #x02 a!157))))
(let ((a!159 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x1f a!158))))
  (and a!12
       (= |alive[P0]@1| |alive[P0]@0|)
       a!13
       a!22
       a!25
       a!27
       (= |pte.folio[P1][0]@1| a!29)
       a!32
       a!34
       (= |expected[P0][0]@1| |expected[P0][0]@0|)
       a!35
       a!37
       a!38
       a!39
       (= |anon_vma.list[av1][1]@1| |anon_vma.list[av1][1]@0|)
       a!40
       a!41
       (= |anon_vma.refcount[av0]@1| a!48)
       (= |anon_vma.refcount[av1]@1| a!53)
       a!59
       (= |folio.used[F1]@1| a!61)
       a!71
       (= |folio.refcount[F1]@1| a!76)
       (= |folio.mapcount[F0]@1| a!80)
       (= |folio.mapcount[F1]@1| a!81)
       (= |PG_lru[F0]@1| a!86)
       (= |PG_lru[F1]@1| a!88)
       a!96
       a!99
       a!104
       (= |folio.mapping[F1]@1| a!106)
       a!111
       (= |folio.index[F1]@1| a!113)
       (= |folio.data[F0]@1| a!118)
       a!121
       a!126
       (= |folio.node[F1]@1| a!128)
       (= fault0.wait_folio@1 a!129)
       (= fault0.woken@1 a!132)
       (= |&mm->mmap_lock.writer[P0]@1| a!133)
       (= |&mm->mmap_lock.writer[P1]@1| a!134)
       (= |&mm->mmap_lock.readers[P0]@1| |&mm->mmap_lock.readers[P0]@0|)
       (= |&mm->mmap_lock.readers[P1]@1| a!136)
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.writer[av1]@1| |&anon_vma->rwsem.writer[av1]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| a!138)
       (= |&anon_vma->rwsem.readers[av1]@1| |&anon_vma->rwsem.readers[av1]@0|)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       (= |ptlock_ptr(page)[P1]@1| |ptlock_ptr(page)[P1]@0|)
       a!141
       (= |PG_locked[F1]@1| a!142)
       (= migrate0.pc@1 a!159)
       (= migrate0.isolated@1 a!161)
       (= migrate0.dst@1 a!163)
       a!165
       (= migrate0.cursor@1 a!168)
       (= migrate0.page_was_mapped@1 a!169)
       (= migrate0.ok@1 a!171)
       a!172
       (= fork0.pc@1 a!175)
       (= fork0.addr@1 a!177)
       a!181
       (= fault0.old_page@1 fault0.old_page@0)
       (= fault0.new_page@1 fault0.new_page@0)
       (bvule |alive[P0]@1| #x01)
       (bvule |alive[P1]@1| #x01)
       (bvule |pte[P0][0]@1| #x07)
       (bvule |pte[P1][0]@1| #x07)
       (bvule |pte.folio[P0][0]@1| #x01)
       (bvule |pte.folio[P1][0]@1| #x01)
       (bvule |pte.write[P0][0]@1| #x01)
       (bvule |pte.write[P1][0]@1| #x01)
       (bvule |expected[P0][0]@1| #x01)
       (bvule |expected[P1][0]@1| #x01)
       (bvule |anon_vma.list[av0][0]@1| #x01)
       (bvule |anon_vma.list[av0][1]@1| #x01)
       (bvule |anon_vma.list[av1][0]@1| #x01)
       (bvule |anon_vma.list[av1][1]@1| #x01)
       (bvule |anon_vma.len[av0]@1| #x02)
       (bvule |anon_vma.len[av1]@1| #x02)
       (bvule |anon_vma.refcount[av0]@1| #x07)
       (bvule |anon_vma.refcount[av1]@1| #x07)
       (bvule |folio.used[F0]@1| #x01)
       (bvule |folio.used[F1]@1| #x01)
       (bvule |folio.refcount[F0]@1| #x07)
       (bvule |folio.refcount[F1]@1| #x07)
       (bvule |folio.mapcount[F0]@1| #x03)
       (bvule |folio.mapcount[F1]@1| #x03)
       (bvule |PG_lru[F0]@1| #x01)
       (bvule |PG_lru[F1]@1| #x01)
       (bvule |PG_anon_exclusive[F0]@1| #x01)
       (bvule |PG_anon_exclusive[F1]@1| #x01)
       (bvule |folio.mapping[F0]@1| #x02)
       (bvule |folio.mapping[F1]@1| #x02)
       (bvule |folio.index[F0]@1| #x00)
       (bvule |folio.index[F1]@1| #x00)
       (bvule |folio.data[F0]@1| #x01)
       (bvule |folio.data[F1]@1| #x01)
       (bvule |folio.node[F0]@1| #x01)
       (bvule |folio.node[F1]@1| #x01)
       (bvule fault0.wait_folio@1 #x02)
       (bvule fault0.woken@1 #x01)
       (bvule |&mm->mmap_lock.writer[P0]@1| #x03)
       (bvule |&mm->mmap_lock.writer[P1]@1| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x03)
       (bvule |&mm->mmap_lock.readers[P1]@1| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x03)
       (bvule |&anon_vma->rwsem.writer[av1]@1| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x03)
       (bvule |&anon_vma->rwsem.readers[av1]@1| #x03)
       (bvule |ptlock_ptr(page)[P0]@1| #x03)
       (bvule |ptlock_ptr(page)[P1]@1| #x03)
       (bvule |PG_locked[F0]@1| #x03)
       (bvule |PG_locked[F1]@1| #x03)
       (bvule migrate0.pc@1 #x1f)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.dst@1 #x02)
       (bvule migrate0.anon_vma@1 #x02)
       (bvule migrate0.cursor@1 #x02)
       (bvule migrate0.page_was_mapped@1 #x01)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.pass@1 #x00)
       (bvule fork0.pc@1 #x06)
       (bvule fork0.addr@1 #x01)
       (bvule fault0.pc@1 #x0c)
       (bvule fault0.old_page@1 #x02)
       (bvule fault0.new_page@1 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@1| #x00)))
               (not (not (= |folio.used[F1]@1| #x00)))))
      (a!3 (and (= rule@1 #x09)
                (= migrate0.pc@1 #x04)
                (bvugt |folio.mapcount[F0]@1| #x00)
                (not (= |folio.mapping[F0]@1| #x02))
                (bvugt (ite (= |folio.mapping[F0]@1| #x00)
                            |anon_vma.refcount[av0]@1|
                            |anon_vma.refcount[av1]@1|)
                       #x00)))
      (a!4 (and (bvugt |folio.mapcount[F0]@1| #x00)
                (not (= |folio.mapping[F0]@1| #x02))
                (bvugt (ite (= |folio.mapping[F0]@1| #x00)
                            |anon_vma.refcount[av0]@1|
                            |anon_vma.refcount[av1]@1|)
                       #x00)))
      (a!5 (and (= rule@1 #x0d)
                (= migrate0.pc@1 #x06)
                (= (ite (= migrate0.dst@1 #x00)
                        |PG_locked[F0]@1|
                        |PG_locked[F1]@1|)
                   #x00)))
      (a!6 (ite (and (= |folio.mapping[F0]@1| #x00) (= migrate0.cursor@1 #x01))
                |anon_vma.list[av0][1]@1|
                (ite (and (= |folio.mapping[F0]@1| #x01)
                          (= migrate0.cursor@1 #x00))
                     |anon_vma.list[av1][0]@1|
                     |anon_vma.list[av1][1]@1|)))
      (a!9 (or (bvuge migrate0.cursor@1
                      (ite (= |folio.mapping[F0]@1| #x00)
                           |anon_vma.len[av0]@1|
                           |anon_vma.len[av1]@1|))
               (not (bvugt |folio.mapcount[F0]@1| #x00))))
      (a!11 (and (= rule@1 #x19)
                 (= migrate0.pc@1 #x0e)
                 (bvuge migrate0.cursor@1
                        (ite (= |folio.mapping[F0]@1| #x00)
                             |anon_vma.len[av0]@1|
                             |anon_vma.len[av1]@1|))))
      (a!13 (= |alive[P1]@2|
               (ite (and (= rule@1 #x27) true) #x01 |alive[P1]@1|)))
      (a!20 (ite (and (not (= |pte[P0][0]@1| #x00))
                      (not (= |pte[P0][0]@1| #x01)))
                 #x02
                 |pte[P0][0]@1|))
      (a!23 (ite (and (not (= |pte[P0][0]@1| #x00))
                      (not (= |pte[P0][0]@1| #x01)))
                 #x02
                 #x00))
      (a!28 (or (= |pte[P0][0]@1| #x01)
                (and (not (= |pte[P0][0]@1| #x00))
                     (not (= |pte[P0][0]@1| #x01)))))
      (a!35 (= |expected[P1][0]@2|
               (ite (and (= rule@1 #x26) true)
                    |expected[P0][0]@1|
                    |expected[P1][0]@1|)))
      (a!36 (or (and (bvult #x00 |anon_vma.len[av0]@1|)
                     (= |anon_vma.list[av0][0]@1| #x00))
                (and (bvult #x01 |anon_vma.len[av0]@1|)
                     (= |anon_vma.list[av0][1]@1| #x00))))
      (a!39 (= |anon_vma.list[av1][0]@2|
               (ite (and (= rule@1 #x25) true) #x01 |anon_vma.list[av1][0]@1|)))
      (a!41 (= |anon_vma.len[av1]@2|
               (ite (and (= rule@1 #x25) true) #x01 |anon_vma.len[av1]@1|)))
      (a!42 (and (= (ite (= migrate0.anon_vma@1 #x00)
                         |anon_vma.refcount[av0]@1|
                         |anon_vma.refcount[av1]@1|)
                    #x01)
                 (not (= migrate0.anon_vma@1 #x00))))
      (a!44 (= (ite (not (= migrate0.anon_vma@1 #x02)) migrate0.anon_vma@1 #x00)
               #x00))
      (a!49 (ite (bvugt (ite (= migrate0.anon_vma@1 #x01) #x01 #x00) #x00)
                 (bvsub |anon_vma.refcount[av1]@1|
                        (ite (= migrate0.anon_vma@1 #x01) #x01 #x00))
                 |anon_vma.refcount[av1]@1|))
      (a!50 (= (ite (not (= migrate0.anon_vma@1 #x02)) migrate0.anon_vma@1 #x00)
               #x01))
      (a!54 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!55 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!63 (= (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00) #x00))
      (a!64 (ite (= |pte[P0][0]@1| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@1| #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@1| #x00)
                      |folio.refcount[F0]@1|
                      |folio.refcount[F1]@1|)))
      (a!72 (= (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00) #x01))
      (a!78 (ite (= |pte[P0][0]@1| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@1| #x00)
                             |folio.mapcount[F0]@1|
                             |folio.mapcount[F1]@1|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@1| #x00)
                      |folio.mapcount[F0]@1|
                      |folio.mapcount[F1]@1|)))
      (a!82 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!90 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!91 (ite (= |pte[P0][0]@1| #x01)
                 #x00
                 (ite (= |pte.folio[P0][0]@1| #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!100 (ite (= (ite (= migrate0.dst@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x02
                  (ite (= migrate0.dst@1 #x00)
                       |folio.mapping[F0]@1|
                       |folio.mapping[F1]@1|)))
      (a!107 (ite (= (ite (= migrate0.dst@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@1 #x00)
                       |folio.index[F0]@1|
                       |folio.index[F1]@1|)))
      (a!114 (ite (= (ite (= migrate0.dst@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@1 #x00)
                       |folio.data[F0]@1|
                       |folio.data[F1]@1|)))
      (a!122 (ite (= (ite (= migrate0.dst@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!129 (ite (and (= rule@1 #x2c) true)
                  |pte.folio[P1][0]@1|
                  (ite (and (= rule@1 #x2d) true) #x02 fault0.wait_folio@1)))
      (a!130 (ite (= (ite (= |pte.folio[P1][0]@1| #x00)
                          |PG_locked[F0]@1|
                          |PG_locked[F1]@1|)
                     #x00)
                  #x01
                  #x00))
      (a!133 (ite (and (= rule@1 #x22) true)
                  #x02
                  (ite (and (= rule@1 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P0]@1|)))
      (a!134 (ite (and (= rule@1 #x23) true)
                  #x02
                  (ite (and (= rule@1 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P1]@1|)))
      (a!135 (ite (and (= rule@1 #x2d) true)
                  (bvsub |&mm->mmap_lock.readers[P1]@1| #x01)
                  (ite (and (= rule@1 #x2e) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@1| #x01)
                       |&mm->mmap_lock.readers[P1]@1|)))
      (a!137 (ite (and (= rule@1 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@1| #x01)
                  (ite (and (= rule@1 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@1| #x01)
                       |&anon_vma->rwsem.readers[av0]@1|)))
      (a!139 (ite (and (= rule@1 #x1a) (= migrate0.dst@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x1c) true) #x00 |PG_locked[F0]@1|)))
      (a!142 (ite (and (= rule@1 #x0d) (= migrate0.dst@1 #x01))
                  #x01
                  (ite (and (= rule@1 #x1a) (= migrate0.dst@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!143 (ite (and (= rule@1 #x20) true)
                  #x15
                  (ite (and (= rule@1 #x21) true) #x1f migrate0.pc@1)))
      (a!160 (ite (and (= rule@1 #x1e) true)
                  #x00
                  (ite (and (= rule@1 #x21) true) #x00 migrate0.isolated@1)))
      (a!162 (ite (and (= rule@1 #x1f) true)
                  #x02
                  (ite (and (= rule@1 #x20) true) #x02 migrate0.dst@1)))
      (a!164 (ite (and (= rule@1 #x0b) true)
                  #x02
                  (ite (and (= rule@1 #x1b) true) #x02 migrate0.anon_vma@1)))
      (a!166 (ite (and (= rule@1 #x18) true)
                  (bvadd migrate0.cursor@1 #x01)
                  (ite (and (= rule@1 #x19) true) #x00 migrate0.cursor@1)))
      (a!169 (ite (and (= rule@1 #x0e) true)
                  #x01
                  (ite (and (= rule@1 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@1)))
      (a!170 (ite (and (= rule@1 #x14) true)
                  #x00
                  (ite (and (= rule@1 #x15) true) #x01 migrate0.ok@1)))
      (a!172 (= migrate0.pass@2
                (ite (and (= rule@1 #x1f) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!173 (ite (and (= rule@1 #x26) true)
                  #x05
                  (ite (and (= rule@1 #x27) true) #x06 fork0.pc@1)))
      (a!176 (ite (and (= rule@1 #x26) true)
                  #x01
                  (ite (and (= rule@1 #x27) true) #x00 fork0.addr@1)))
      (a!178 (ite (and (= rule@1 #x2d) true)
                  #x00
                  (ite (and (= rule@1 #x2e) true) #x0c fault0.pc@1))))
(let ((a!7 (ite (and (= |folio.mapping[F0]@1| #x00) (= migrate0.cursor@1 #x00))
                |anon_vma.list[av0][0]@1|
                a!6))
      (a!37 (= |anon_vma.list[av0][0]@2|
               (ite (and (= rule@1 #x24) true)
                    (ite a!36 #x01 |anon_vma.list[av0][0]@1|)
                    |anon_vma.list[av0][0]@1|)))
      (a!38 (= |anon_vma.list[av0][1]@2|
               (ite (and (= rule@1 #x24) true)
                    (ite a!36
                         |anon_vma.list[av0][0]@1|
                         |anon_vma.list[av0][1]@1|)
                    |anon_vma.list[av0][1]@1|)))
      (a!40 (= |anon_vma.len[av0]@2|
               (ite (and (= rule@1 #x24) true)
                    (ite a!36
                         (bvadd |anon_vma.len[av0]@1| #x01)
                         |anon_vma.len[av0]@1|)
                    |anon_vma.len[av0]@1|)))
      (a!43 (bvadd (ite (= migrate0.anon_vma@1 #x00) #x01 #x00)
                   (ite a!42 #x01 #x00)))
      (a!45 (ite (and (not (= migrate0.anon_vma@1 #x02)) a!44) #x01 #x00))
      (a!46 (ite (and (not (= migrate0.anon_vma@1 #x02))
                      (= (ite a!44
                              |anon_vma.refcount[av0]@1|
                              |anon_vma.refcount[av1]@1|)
                         #x01)
                      (not a!44))
                 #x01
                 #x00))
      (a!51 (ite (and (not (= migrate0.anon_vma@1 #x02)) a!50) #x01 #x00))
      (a!56 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                 a!55
                 (ite (and (= rule@1 #x21) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      |folio.used[F0]@1|)))
      (a!60 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                 a!55
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                      a!55
                      |folio.used[F1]@1|)))
      (a!65 (ite (and (= rule@1 #x21) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x00))
                      a!64
                      |folio.refcount[F0]@1|)))
      (a!73 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x01))
                      a!64
                      |folio.refcount[F1]@1|)))
      (a!83 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                 a!82
                 (ite (and (= rule@1 #x21) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                      |PG_lru[F0]@1|)))
      (a!87 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                 a!82
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                      a!82
                      |PG_lru[F1]@1|)))
      (a!92 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x00))
                      a!91
                      |PG_anon_exclusive[F0]@1|)))
      (a!97 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!90
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x01))
                      a!91
                      |PG_anon_exclusive[F1]@1|)))
      (a!101 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                  a!100
                  (ite (and (= rule@1 #x21) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x02
                            |folio.mapping[F0]@1|)
                       |folio.mapping[F0]@1|)))
      (a!105 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                  a!100
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                       a!100
                       |folio.mapping[F1]@1|)))
      (a!108 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                  a!107
                  (ite (and (= rule@1 #x21) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.index[F0]@1|)
                       |folio.index[F0]@1|)))
      (a!112 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                  a!107
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                       a!107
                       |folio.index[F1]@1|)))
      (a!115 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                  a!114
                  (ite (and (= rule@1 #x21) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.data[F0]@1|)
                       |folio.data[F0]@1|)))
      (a!119 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                  a!114
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                       a!114
                       |folio.data[F1]@1|)))
      (a!123 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                  a!122
                  (ite (and (= rule@1 #x21) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       |folio.node[F0]@1|)))
      (a!127 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                  a!122
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                       a!122
                       |folio.node[F1]@1|)))
      (a!131 (ite (and (= rule@1 #x2c) true)
                  a!130
                  (ite (and (= rule@1 #x2d) true) #x00 fault0.woken@1)))
      (a!136 (ite (and (= rule@1 #x2a) true)
                  (bvadd |&mm->mmap_lock.readers[P1]@1| #x01)
                  (ite (and (= rule@1 #x2b) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@1| #x01)
                       a!135)))
      (a!138 (ite (and (= rule@1 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@1| #x01)
                  (ite (and (= rule@1 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@1| #x01)
                       a!137)))
      (a!140 (ite (and (= rule@1 #x08) true)
                  #x01
                  (ite (and (= rule@1 #x0d) (= migrate0.dst@1 #x00)) #x01 a!139)))
      (a!144 (ite (and (= rule@1 #x1e) true)
                  #x1f
                  (ite (and (= rule@1 #x1f) true) #x01 a!143)))
      (a!161 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x02) true) #x00 a!160)))
      (a!163 (ite (and (= rule@1 #x03) true)
                  a!54
                  (ite (and (= rule@1 #x1d) true) #x02 a!162)))
      (a!165 (= migrate0.anon_vma@2
                (ite (and (= rule@1 #x09) true) |folio.mapping[F0]@1| a!164)))
      (a!167 (ite (and (= rule@1 #x11) true)
                  #x00
                  (ite (and (= rule@1 #x17) true) #x00 a!166)))
      (a!171 (ite (and (= rule@1 #x06) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x00 a!170)))
      (a!174 (ite (and (= rule@1 #x24) true)
                  #x03
                  (ite (and (= rule@1 #x25) true) #x04 a!173)))
      (a!177 (ite (and (= rule@1 #x24) true)
                  fork0.addr@1
                  (ite (and (= rule@1 #x25) true) #x00 a!176)))
      (a!179 (ite (and (= rule@1 #x2b) true)
                  #x00
                  (ite (and (= rule@1 #x2c) true) #x06 a!178))))
(let ((a!8 (and (= rule@1 #x10)
                (= migrate0.pc@1 #x09)
                (bvult migrate0.cursor@1
                       (ite (= |folio.mapping[F0]@1| #x00)
                            |anon_vma.len[av0]@1|
                            |anon_vma.len[av1]@1|))
                (bvugt |folio.mapcount[F0]@1| #x00)
                (= |folio.index[F0]@1| #x00)
                (= (ite (= a!7 #x00)
                        |ptlock_ptr(page)[P0]@1|
                        |ptlock_ptr(page)[P1]@1|)
                   #x00)))
      (a!10 (and (= rule@1 #x18)
                 (= migrate0.pc@1 #x0e)
                 (bvult migrate0.cursor@1
                        (ite (= |folio.mapping[F0]@1| #x00)
                             |anon_vma.len[av0]@1|
                             |anon_vma.len[av1]@1|))
                 (= |folio.index[F0]@1| #x00)
                 (= (ite (= a!7 #x00)
                         |ptlock_ptr(page)[P0]@1|
                         |ptlock_ptr(page)[P1]@1|)
                    #x00)))
      (a!14 (ite (and (= a!7 #x00) (= #x00 #x00)) |pte[P0][0]@1| |pte[P1][0]@1|))
      (a!15 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.folio[P0][0]@1|
                 |pte.folio[P1][0]@1|))
      (a!16 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.write[P0][0]@1|
                 |pte.write[P1][0]@1|))
      (a!47 (ite (and (= rule@1 #x1b) true)
                 (ite (bvugt (bvadd a!45 a!46) #x00)
                      (bvsub |anon_vma.refcount[av0]@1| (bvadd a!45 a!46))
                      |anon_vma.refcount[av0]@1|)
                 (ite (and (= rule@1 #x25) true)
                      (bvadd |anon_vma.refcount[av0]@1| #x01)
                      |anon_vma.refcount[av0]@1|)))
      (a!52 (ite (and (= rule@1 #x1b) true)
                 (ite (bvugt a!51 #x00)
                      (bvsub |anon_vma.refcount[av1]@1| a!51)
                      |anon_vma.refcount[av1]@1|)
                 (ite (and (= rule@1 #x25) true)
                      #x01
                      |anon_vma.refcount[av1]@1|)))
      (a!57 (ite (and (= rule@1 #x1e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@1 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01)) a!55 a!60)))
      (a!66 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!65))
      (a!74 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!73))
      (a!84 (ite (and (= rule@1 #x1e) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@1 #x16) (= migrate0.dst@1 #x01))
                 #x01
                 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01)) a!82 a!87)))
      (a!93 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!90
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!90 a!92)))
      (a!98 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!90
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!90 a!97)))
      (a!102 (ite (and (= rule@1 #x1e) true)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x02
                       |folio.mapping[F0]@1|)
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                       a!100
                       a!101)))
      (a!106 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x01))
                  |folio.mapping[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                       a!100
                       a!105)))
      (a!109 (ite (and (= rule@1 #x1e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                       a!107
                       a!108)))
      (a!113 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x01))
                  |folio.index[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                       a!107
                       a!112)))
      (a!116 (ite (and (= rule@1 #x1e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                       a!114
                       a!115)))
      (a!120 (ite (and (= rule@1 #x15) (= migrate0.dst@1 #x01))
                  |folio.data[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                       a!114
                       a!119)))
      (a!124 (ite (and (= rule@1 #x1e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                       a!122
                       a!123)))
      (a!128 (ite (and (= rule@1 #x03) (= a!54 #x01))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                       a!122
                       a!127)))
      (a!132 (ite (and (= rule@1 #x1a) true)
                  (ite (= fault0.wait_folio@1 migrate0.dst@1)
                       #x01
                       fault0.woken@1)
                  (ite (and (= rule@1 #x1c) true)
                       (ite (= fault0.wait_folio@1 #x00) #x01 fault0.woken@1)
                       a!131)))
      (a!141 (= |PG_locked[F0]@2| (ite (and (= rule@1 #x05) true) #x01 a!140)))
      (a!145 (ite (and (= rule@1 #x1c) true)
                  (ite (not (= migrate0.ok@1 #x00)) #x12 #x14)
                  (ite (and (= rule@1 #x1d) true) #x13 a!144)))
      (a!168 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x10) true)
                       (bvadd migrate0.cursor@1 #x01)
                       a!167)))
      (a!175 (ite (and (= rule@1 #x22) true)
                  #x01
                  (ite (and (= rule@1 #x23) true) #x02 a!174)))
      (a!180 (ite (and (= rule@1 #x29) true)
                  #x01
                  (ite (and (= rule@1 #x2a) true) #x02 a!179))))
(let ((a!12 (or (and (= rule@1 #x00)
                     (= migrate0.pc@1 #x00)
                     (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))
                (and (= rule@1 #x01) (= migrate0.pc@1 #x00) a!1)
                (and (= rule@1 #x02)
                     (= migrate0.pc@1 #x01)
                     (= |folio.refcount[F0]@1| #x01))
                (and (= rule@1 #x03)
                     (= migrate0.pc@1 #x01)
                     (not (= |folio.refcount[F0]@1| #x01))
                     a!2)
                (and (= rule@1 #x04)
                     (= migrate0.pc@1 #x01)
                     (not (= |folio.refcount[F0]@1| #x01))
                     (not a!2))
                (and (= rule@1 #x05)
                     (= migrate0.pc@1 #x02)
                     (= |PG_locked[F0]@1| #x00))
                (and (= rule@1 #x06)
                     (= migrate0.pc@1 #x02)
                     (not (= |PG_locked[F0]@1| #x00))
                     (not (bvuge migrate0.pass@1 #x03)))
                (and (= rule@1 #x07)
                     (= migrate0.pc@1 #x02)
                     (not (= |PG_locked[F0]@1| #x00))
                     (bvuge migrate0.pass@1 #x03))
                (and (= rule@1 #x08)
                     (= migrate0.pc@1 #x03)
                     (= |PG_locked[F0]@1| #x00))
                a!3
                (and (= rule@1 #x0a)
                     (= migrate0.pc@1 #x05)
                     (bvugt |folio.mapcount[F0]@1| #x00))
                (and (= rule@1 #x0b)
                     (= migrate0.pc@1 #x05)
                     (not (bvugt |folio.mapcount[F0]@1| #x00)))
                (and (= rule@1 #x0c) (= migrate0.pc@1 #x04) (not a!4))
                a!5
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x08)
                     (bvugt |folio.mapcount[F0]@1| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00))
                (and (= rule@1 #x0f)
                     (= migrate0.pc@1 #x08)
                     (not (bvugt |folio.mapcount[F0]@1| #x00)))
                a!8
                (and (= rule@1 #x11) (= migrate0.pc@1 #x09) a!9)
                (and (= rule@1 #x12)
                     (= migrate0.pc@1 #x0a)
                     (not (bvugt |folio.mapcount[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x01))
                (and (= rule@1 #x13)
                     (= migrate0.pc@1 #x0a)
                     (not (bvugt |folio.mapcount[F0]@1| #x00))
                     (not (= |folio.refcount[F0]@1| #x01)))
                (and (= rule@1 #x14)
                     (= migrate0.pc@1 #x0a)
                     (bvugt |folio.mapcount[F0]@1| #x00))
                (and (= rule@1 #x15) (= migrate0.pc@1 #x0b))
                (and (= rule@1 #x16) (= migrate0.pc@1 #x0c))
                (and (= rule@1 #x17)
                     (= migrate0.pc@1 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00))
                a!10
                a!11
                (and (= rule@1 #x1a) (= migrate0.pc@1 #x0f))
                (and (= rule@1 #x1b) (= migrate0.pc@1 #x10))
                (and (= rule@1 #x1c) (= migrate0.pc@1 #x11))
                (and (= rule@1 #x1d) (= migrate0.pc@1 #x12))
                (and (= rule@1 #x1e) (= migrate0.pc@1 #x13))
                (and (= rule@1 #x1f)
                     (= migrate0.pc@1 #x14)
                     (bvult migrate0.pass@1 #x00))
                (and (= rule@1 #x20)
                     (= migrate0.pc@1 #x14)
                     (bvuge migrate0.pass@1 #x00))
                (and (= rule@1 #x21) (= migrate0.pc@1 #x15))
                (and (= rule@1 #x22)
                     (= fork0.pc@1 #x00)
                     (not (= |alive[P0]@1| #x00))
                     (= |&mm->mmap_lock.writer[P0]@1| #x00)
                     (= |&mm->mmap_lock.readers[P0]@1| #x00))
                (and (= rule@1 #x23)
                     (= fork0.pc@1 #x01)
                     (= |&mm->mmap_lock.writer[P1]@1| #x00)
                     (= |&mm->mmap_lock.readers[P1]@1| #x00))
                (and (= rule@1 #x24)
                     (= fork0.pc@1 #x02)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@1| #x00))
                (and (= rule@1 #x25)
                     (= fork0.pc@1 #x03)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@1| #x00))
                (and (= rule@1 #x26)
                     (= fork0.pc@1 #x04)
                     (= fork0.addr@1 #x00)
                     (= |ptlock_ptr(page)[P1]@1| #x00)
                     (= |ptlock_ptr(page)[P0]@1| #x00))
                (and (= rule@1 #x27) (= fork0.pc@1 #x05))
                (and (= rule@1 #x28)
                     (= fault0.pc@1 #x00)
                     (not (= |alive[P1]@1| #x00))
                     (= |pte[P1][0]@1| #x01))
                (and (= rule@1 #x29)
                     (= fault0.pc@1 #x00)
                     (not (= |alive[P1]@1| #x00))
                     (not (= |pte[P1][0]@1| #x01)))
                (and (= rule@1 #x2a)
                     (= fault0.pc@1 #x01)
                     (= |&mm->mmap_lock.writer[P1]@1| #x00))
                (and (= rule@1 #x2b)
                     (= fault0.pc@1 #x02)
                     (= |ptlock_ptr(page)[P1]@1| #x00)
                     (= |pte[P1][0]@1| #x01))
                (and (= rule@1 #x2c)
                     (= fault0.pc@1 #x02)
                     (= |ptlock_ptr(page)[P1]@1| #x00)
                     (not (= |pte[P1][0]@1| #x00))
                     (not (= |pte[P1][0]@1| #x01)))
                (and (= rule@1 #x2d)
                     (= fault0.pc@1 #x06)
                     (not (= fault0.woken@1 #x00)))
                (and (= rule@1 #x2e)
                     (= fault0.pc@1 #x02)
                     (= |pte[P1][0]@1| #x00))))
      (a!17 (ite (not (= a!16 #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@1| #x00)) #x03 #x02)))
      (a!19 (and (not (= a!14 #x00)) (not (= a!14 #x01)) (= a!15 #x00)))
      (a!30 (ite (and (= a!14 #x01) (= a!15 #x00)) #x00 a!16))
      (a!48 (ite (and (= rule@1 #x09) (= |folio.mapping[F0]@1| #x00))
                 (bvadd (ite (= |folio.mapping[F0]@1| #x00)
                             |anon_vma.refcount[av0]@1|
                             |anon_vma.refcount[av1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x0b) true)
                      (ite (bvugt a!43 #x00)
                           (bvsub |anon_vma.refcount[av0]@1| a!43)
                           |anon_vma.refcount[av0]@1|)
                      a!47)))
      (a!53 (ite (and (= rule@1 #x09) (= |folio.mapping[F0]@1| #x01))
                 (bvadd (ite (= |folio.mapping[F0]@1| #x00)
                             |anon_vma.refcount[av0]@1|
                             |anon_vma.refcount[av1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x0b) true) a!49 a!52)))
      (a!58 (ite (and (= rule@1 #x03) (= a!54 #x00))
                 #x01
                 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00)) a!55 a!57)))
      (a!62 (bvsub |folio.refcount[F0]@1|
                   (ite (and (= a!14 #x01) (= a!15 #x00)) #x01 #x00)))
      (a!67 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!66))
      (a!75 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!74))
      (a!85 (ite (and (= rule@1 #x16) (= migrate0.dst@1 #x00))
                 #x01
                 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00)) a!82 a!84)))
      (a!89 (ite (and (not (= a!14 #x00))
                      (not (= a!14 #x01))
                      (= a!15 #x00)
                      (not (= a!14 #x02)))
                 #x01
                 (ite a!63 |PG_anon_exclusive[F0]@1| |PG_anon_exclusive[F1]@1|)))
      (a!94 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!90
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!93)))
      (a!103 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x00))
                  |folio.mapping[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                       a!100
                       a!102)))
      (a!110 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x00))
                  |folio.index[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                       a!107
                       a!109)))
      (a!117 (ite (and (= rule@1 #x15) (= migrate0.dst@1 #x00))
                  |folio.data[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                       a!114
                       a!116)))
      (a!121 (= |folio.data[F1]@2|
                (ite (and (= rule@1 #x03) (= a!54 #x01)) #x00 a!120)))
      (a!125 (ite (and (= rule@1 #x03) (= a!54 #x00))
                  (bvsub #x01 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                       a!122
                       a!124)))
      (a!146 (ite (and (= rule@1 #x1a) true)
                  #x10
                  (ite (and (= rule@1 #x1b) true) #x11 a!145)))
      (a!181 (= fault0.pc@2 (ite (and (= rule@1 #x28) true) #x0c a!180))))
(let ((a!18 (ite (and (= a!14 #x01) (= a!15 #x00)) a!17 a!14))
      (a!21 (ite (and (= rule@1 #x18) (= a!7 #x00))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@1 #x26) true) a!20 |pte[P0][0]@1|)))
      (a!24 (ite (and (= rule@1 #x18) (= a!7 #x01))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@1 #x26) true)
                      (ite (= |pte[P0][0]@1| #x01) #x01 a!23)
                      |pte[P1][0]@1|)))
      (a!26 (ite a!19
                 (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00)
                 a!15))
      (a!31 (ite (and (= rule@1 #x18) (= a!7 #x00))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@1 #x26) true)
                      (ite (= |pte[P0][0]@1| #x01) #x00 |pte.write[P0][0]@1|)
                      |pte.write[P0][0]@1|)))
      (a!33 (ite (and (= rule@1 #x18) (= a!7 #x01))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@1 #x26) true) #x00 |pte.write[P1][0]@1|)))
      (a!59 (= |folio.used[F0]@2|
               (ite (and (= rule@1 #x02) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |folio.used[F0]@1|)
                    a!58)))
      (a!68 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x1e) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!67)))
      (a!76 (ite (and (= rule@1 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@1 #x18) a!72)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             (ite a!19 #x01 #x00))
                      a!75)))
      (a!77 (ite a!19
                 (bvadd (ite a!63 |folio.mapcount[F0]@1| |folio.mapcount[F1]@1|)
                        #x01)
                 (ite a!63 |folio.mapcount[F0]@1| |folio.mapcount[F1]@1|)))
      (a!86 (ite (and (= rule@1 #x00) true)
                 #x00
                 (ite (and (= rule@1 #x02) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                      a!85)))
      (a!95 (ite (and (= rule@1 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x18) a!63) a!89 a!94)))
      (a!99 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x18) a!72) a!89 a!98)))
      (a!104 (= |folio.mapping[F0]@2|
                (ite (and (= rule@1 #x02) true)
                     (ite (= |folio.refcount[F0]@1| #x01)
                          #x02
                          |folio.mapping[F0]@1|)
                     a!103)))
      (a!111 (= |folio.index[F0]@2|
                (ite (and (= rule@1 #x02) true)
                     (ite (= |folio.refcount[F0]@1| #x01)
                          #x00
                          |folio.index[F0]@1|)
                     a!110)))
      (a!118 (ite (and (= rule@1 #x02) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  (ite (and (= rule@1 #x03) (= a!54 #x00)) #x00 a!117)))
      (a!126 (= |folio.node[F0]@2|
                (ite (and (= rule@1 #x02) true)
                     (ite (= |folio.refcount[F0]@1| #x01)
                          #x00
                          |folio.node[F0]@1|)
                     a!125)))
      (a!147 (ite (and (= rule@1 #x17) true)
                  #x0e
                  (ite (and (= rule@1 #x19) true) #x0f a!146))))
(let ((a!22 (= |pte[P0][0]@2|
               (ite (and (= rule@1 #x10) (= a!7 #x00)) a!18 a!21)))
      (a!25 (= |pte[P1][0]@2|
               (ite (and (= rule@1 #x10) (= a!7 #x01)) a!18 a!24)))
      (a!27 (= |pte.folio[P0][0]@2|
               (ite (and (= rule@1 #x18) (= a!7 #x00))
                    a!26
                    |pte.folio[P0][0]@1|)))
      (a!29 (ite (and (= rule@1 #x18) (= a!7 #x01))
                 a!26
                 (ite (and (= rule@1 #x26) true)
                      (ite a!28 |pte.folio[P0][0]@1| #x00)
                      |pte.folio[P1][0]@1|)))
      (a!32 (= |pte.write[P0][0]@2|
               (ite (and (= rule@1 #x10) (= a!7 #x00)) a!30 a!31)))
      (a!34 (= |pte.write[P1][0]@2|
               (ite (and (= rule@1 #x10) (= a!7 #x01)) a!30 a!33)))
      (a!69 (ite (and (= rule@1 #x10) true)
                 a!62
                 (ite (and (= rule@1 #x18) a!63)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             (ite a!19 #x01 #x00))
                      a!68)))
      (a!79 (ite (and (= rule@1 #x18) a!63)
                 a!77
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x00))
                      a!78
                      |folio.mapcount[F0]@1|)))
      (a!81 (ite (and (= rule@1 #x18) a!72)
                 a!77
                 (ite (and (= rule@1 #x26) (= |pte.folio[P0][0]@1| #x01))
                      a!78
                      |folio.mapcount[F1]@1|)))
      (a!96 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x02) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@1|)
                    a!95)))
      (a!148 (ite (and (= rule@1 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  a!147)))
(let ((a!70 (ite (and (= rule@1 #x02) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!54 #x00)) #x01 a!69)))
      (a!80 (ite (and (= rule@1 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      (bvsub |folio.mapcount[F0]@1| #x01)
                      |folio.mapcount[F0]@1|)
                 a!79))
      (a!149 (ite (and (= rule@1 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  (ite (and (= rule@1 #x15) true) #x0c a!148))))
(let ((a!71 (= |folio.refcount[F0]@2|
               (ite (and (= rule@1 #x00) true)
                    (bvadd |folio.refcount[F0]@1| #x01)
                    a!70)))
      (a!150 (ite (and (= rule@1 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  a!149)))
(let ((a!151 (ite (and (= rule@1 #x11) true)
                  #x0a
                  (ite (and (= rule@1 #x12) true) #x0b a!150))))
(let ((a!152 (ite (and (= rule@1 #x0e) true)
                  #x09
                  (ite (and (= rule@1 #x0f) true) #x0a a!151))))
(let ((a!153 (ite (and (= rule@1 #x0c) true)
                  #x06
                  (ite (and (= rule@1 #x0d) true) #x08 a!152))))
(let ((a!154 (ite (and (= rule@1 #x0a) true)
                  #x06
                  (ite (and (= rule@1 #x0b) true) #x06 a!153))))
(let ((a!155 (ite (and (= rule@1 #x08) true)
                  #x04
                  (ite (and (= rule@1 #x09) true) #x05 a!154))))
(let ((a!156 (ite (and (= rule@1 #x06) true)
                  #x14
                  (ite (and (= rule@1 #x07) true) #x03 a!155))))
(let ((a!157 (ite (and (= rule@1 #x04) true)
                  #x15
                  (ite (and (= rule@1 #x05) true) #x04 a!156))))
(let ((a!158 (ite (and (= rule@1 #x02) true)
                  #x1f
                  (ite (and (= rule@1 #x03) true) #x02 a!157))))
(let ((a!159 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x1f a!158))))
  (and a!12
       (= |alive[P0]@2| |alive[P0]@1|)
       a!13
       a!22
       a!25
       a!27
       (= |pte.folio[P1][0]@2| a!29)
       a!32
       a!34
       (= |expected[P0][0]@2| |expected[P0][0]@1|)
       a!35
       a!37
       a!38
       a!39
       (= |anon_vma.list[av1][1]@2| |anon_vma.list[av1][1]@1|)
       a!40
       a!41
       (= |anon_vma.refcount[av0]@2| a!48)
       (= |anon_vma.refcount[av1]@2| a!53)
       a!59
       (= |folio.used[F1]@2| a!61)
       a!71
       (= |folio.refcount[F1]@2| a!76)
       (= |folio.mapcount[F0]@2| a!80)
       (= |folio.mapcount[F1]@2| a!81)
       (= |PG_lru[F0]@2| a!86)
       (= |PG_lru[F1]@2| a!88)
       a!96
       a!99
       a!104
       (= |folio.mapping[F1]@2| a!106)
       a!111
       (= |folio.index[F1]@2| a!113)
       (= |folio.data[F0]@2| a!118)
       a!121
       a!126
       (= |folio.node[F1]@2| a!128)
       (= fault0.wait_folio@2 a!129)
       (= fault0.woken@2 a!132)
       (= |&mm->mmap_lock.writer[P0]@2| a!133)
       (= |&mm->mmap_lock.writer[P1]@2| a!134)
       (= |&mm->mmap_lock.readers[P0]@2| |&mm->mmap_lock.readers[P0]@1|)
       (= |&mm->mmap_lock.readers[P1]@2| a!136)
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.writer[av1]@2| |&anon_vma->rwsem.writer[av1]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| a!138)
       (= |&anon_vma->rwsem.readers[av1]@2| |&anon_vma->rwsem.readers[av1]@1|)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       (= |ptlock_ptr(page)[P1]@2| |ptlock_ptr(page)[P1]@1|)
       a!141
       (= |PG_locked[F1]@2| a!142)
       (= migrate0.pc@2 a!159)
       (= migrate0.isolated@2 a!161)
       (= migrate0.dst@2 a!163)
       a!165
       (= migrate0.cursor@2 a!168)
       (= migrate0.page_was_mapped@2 a!169)
       (= migrate0.ok@2 a!171)
       a!172
       (= fork0.pc@2 a!175)
       (= fork0.addr@2 a!177)
       a!181
       (= fault0.old_page@2 fault0.old_page@1)
       (= fault0.new_page@2 fault0.new_page@1)
       (bvule |alive[P0]@2| #x01)
       (bvule |alive[P1]@2| #x01)
       (bvule |pte[P0][0]@2| #x07)
       (bvule |pte[P1][0]@2| #x07)
       (bvule |pte.folio[P0][0]@2| #x01)
       (bvule |pte.folio[P1][0]@2| #x01)
       (bvule |pte.write[P0][0]@2| #x01)
       (bvule |pte.write[P1][0]@2| #x01)
       (bvule |expected[P0][0]@2| #x01)
       (bvule |expected[P1][0]@2| #x01)
       (bvule |anon_vma.list[av0][0]@2| #x01)
       (bvule |anon_vma.list[av0][1]@2| #x01)
       (bvule |anon_vma.list[av1][0]@2| #x01)
       (bvule |anon_vma.list[av1][1]@2| #x01)
       (bvule |anon_vma.len[av0]@2| #x02)
       (bvule |anon_vma.len[av1]@2| #x02)
       (bvule |anon_vma.refcount[av0]@2| #x07)
       (bvule |anon_vma.refcount[av1]@2| #x07)
       (bvule |folio.used[F0]@2| #x01)
       (bvule |folio.used[F1]@2| #x01)
       (bvule |folio.refcount[F0]@2| #x07)
       (bvule |folio.refcount[F1]@2| #x07)
       (bvule |folio.mapcount[F0]@2| #x03)
       (bvule |folio.mapcount[F1]@2| #x03)
       (bvule |PG_lru[F0]@2| #x01)
       (bvule |PG_lru[F1]@2| #x01)
       (bvule |PG_anon_exclusive[F0]@2| #x01)
       (bvule |PG_anon_exclusive[F1]@2| #x01)
       (bvule |folio.mapping[F0]@2| #x02)
       (bvule |folio.mapping[F1]@2| #x02)
       (bvule |folio.index[F0]@2| #x00)
       (bvule |folio.index[F1]@2| #x00)
       (bvule |folio.data[F0]@2| #x01)
       (bvule |folio.data[F1]@2| #x01)
       (bvule |folio.node[F0]@2| #x01)
       (bvule |folio.node[F1]@2| #x01)
       (bvule fault0.wait_folio@2 #x02)
       (bvule fault0.woken@2 #x01)
       (bvule |&mm->mmap_lock.writer[P0]@2| #x03)
       (bvule |&mm->mmap_lock.writer[P1]@2| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x03)
       (bvule |&mm->mmap_lock.readers[P1]@2| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x03)
       (bvule |&anon_vma->rwsem.writer[av1]@2| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x03)
       (bvule |&anon_vma->rwsem.readers[av1]@2| #x03)
       (bvule |ptlock_ptr(page)[P0]@2| #x03)
       (bvule |ptlock_ptr(page)[P1]@2| #x03)
       (bvule |PG_locked[F0]@2| #x03)
       (bvule |PG_locked[F1]@2| #x03)
       (bvule migrate0.pc@2 #x1f)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.dst@2 #x02)
       (bvule migrate0.anon_vma@2 #x02)
       (bvule migrate0.cursor@2 #x02)
       (bvule migrate0.page_was_mapped@2 #x01)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.pass@2 #x00)
       (bvule fork0.pc@2 #x06)
       (bvule fork0.addr@2 #x01)
       (bvule fault0.pc@2 #x0c)
       (bvule fault0.old_page@2 #x02)
       (bvule fault0.new_page@2 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@2| #x00)))
               (not (not (= |folio.used[F1]@2| #x00)))))
      (a!3 (and (= rule@2 #x09)
                (= migrate0.pc@2 #x04)
                (bvugt |folio.mapcount[F0]@2| #x00)
                (not (= |folio.mapping[F0]@2| #x02))
                (bvugt (ite (= |folio.mapping[F0]@2| #x00)
                            |anon_vma.refcount[av0]@2|
                            |anon_vma.refcount[av1]@2|)
                       #x00)))
      (a!4 (and (bvugt |folio.mapcount[F0]@2| #x00)
                (not (= |folio.mapping[F0]@2| #x02))
                (bvugt (ite (= |folio.mapping[F0]@2| #x00)
                            |anon_vma.refcount[av0]@2|
                            |anon_vma.refcount[av1]@2|)
                       #x00)))
      (a!5 (and (= rule@2 #x0d)
                (= migrate0.pc@2 #x06)
                (= (ite (= migrate0.dst@2 #x00)
                        |PG_locked[F0]@2|
                        |PG_locked[F1]@2|)
                   #x00)))
      (a!6 (ite (and (= |folio.mapping[F0]@2| #x00) (= migrate0.cursor@2 #x01))
                |anon_vma.list[av0][1]@2|
                (ite (and (= |folio.mapping[F0]@2| #x01)
                          (= migrate0.cursor@2 #x00))
                     |anon_vma.list[av1][0]@2|
                     |anon_vma.list[av1][1]@2|)))
      (a!9 (or (bvuge migrate0.cursor@2
                      (ite (= |folio.mapping[F0]@2| #x00)
                           |anon_vma.len[av0]@2|
                           |anon_vma.len[av1]@2|))
               (not (bvugt |folio.mapcount[F0]@2| #x00))))
      (a!11 (and (= rule@2 #x19)
                 (= migrate0.pc@2 #x0e)
                 (bvuge migrate0.cursor@2
                        (ite (= |folio.mapping[F0]@2| #x00)
                             |anon_vma.len[av0]@2|
                             |anon_vma.len[av1]@2|))))
      (a!13 (= |alive[P1]@3|
               (ite (and (= rule@2 #x27) true) #x01 |alive[P1]@2|)))
      (a!20 (ite (and (not (= |pte[P0][0]@2| #x00))
                      (not (= |pte[P0][0]@2| #x01)))
                 #x02
                 |pte[P0][0]@2|))
      (a!23 (ite (and (not (= |pte[P0][0]@2| #x00))
                      (not (= |pte[P0][0]@2| #x01)))
                 #x02
                 #x00))
      (a!28 (or (= |pte[P0][0]@2| #x01)
                (and (not (= |pte[P0][0]@2| #x00))
                     (not (= |pte[P0][0]@2| #x01)))))
      (a!35 (= |expected[P1][0]@3|
               (ite (and (= rule@2 #x26) true)
                    |expected[P0][0]@2|
                    |expected[P1][0]@2|)))
      (a!36 (or (and (bvult #x00 |anon_vma.len[av0]@2|)
                     (= |anon_vma.list[av0][0]@2| #x00))
                (and (bvult #x01 |anon_vma.len[av0]@2|)
                     (= |anon_vma.list[av0][1]@2| #x00))))
      (a!39 (= |anon_vma.list[av1][0]@3|
               (ite (and (= rule@2 #x25) true) #x01 |anon_vma.list[av1][0]@2|)))
      (a!41 (= |anon_vma.len[av1]@3|
               (ite (and (= rule@2 #x25) true) #x01 |anon_vma.len[av1]@2|)))
      (a!42 (and (= (ite (= migrate0.anon_vma@2 #x00)
                         |anon_vma.refcount[av0]@2|
                         |anon_vma.refcount[av1]@2|)
                    #x01)
                 (not (= migrate0.anon_vma@2 #x00))))
      (a!44 (= (ite (not (= migrate0.anon_vma@2 #x02)) migrate0.anon_vma@2 #x00)
               #x00))
      (a!49 (ite (bvugt (ite (= migrate0.anon_vma@2 #x01) #x01 #x00) #x00)
                 (bvsub |anon_vma.refcount[av1]@2|
                        (ite (= migrate0.anon_vma@2 #x01) #x01 #x00))
                 |anon_vma.refcount[av1]@2|))
      (a!50 (= (ite (not (= migrate0.anon_vma@2 #x02)) migrate0.anon_vma@2 #x00)
               #x01))
      (a!54 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!55 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!63 (= (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00) #x00))
      (a!64 (ite (= |pte[P0][0]@2| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@2| #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@2| #x00)
                      |folio.refcount[F0]@2|
                      |folio.refcount[F1]@2|)))
      (a!72 (= (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00) #x01))
      (a!78 (ite (= |pte[P0][0]@2| #x01)
                 (bvadd (ite (= |pte.folio[P0][0]@2| #x00)
                             |folio.mapcount[F0]@2|
                             |folio.mapcount[F1]@2|)
                        #x01)
                 (ite (= |pte.folio[P0][0]@2| #x00)
                      |folio.mapcount[F0]@2|
                      |folio.mapcount[F1]@2|)))
      (a!82 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!90 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!91 (ite (= |pte[P0][0]@2| #x01)
                 #x00
                 (ite (= |pte.folio[P0][0]@2| #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!100 (ite (= (ite (= migrate0.dst@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x02
                  (ite (= migrate0.dst@2 #x00)
                       |folio.mapping[F0]@2|
                       |folio.mapping[F1]@2|)))
      (a!107 (ite (= (ite (= migrate0.dst@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@2 #x00)
                       |folio.index[F0]@2|
                       |folio.index[F1]@2|)))
      (a!114 (ite (= (ite (= migrate0.dst@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@2 #x00)
                       |folio.data[F0]@2|
                       |folio.data[F1]@2|)))
      (a!122 (ite (= (ite (= migrate0.dst@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!129 (ite (and (= rule@2 #x2c) true)
                  |pte.folio[P1][0]@2|
                  (ite (and (= rule@2 #x2d) true) #x02 fault0.wait_folio@2)))
      (a!130 (ite (= (ite (= |pte.folio[P1][0]@2| #x00)
                          |PG_locked[F0]@2|
                          |PG_locked[F1]@2|)
                     #x00)
                  #x01
                  #x00))
      (a!133 (ite (and (= rule@2 #x22) true)
                  #x02
                  (ite (and (= rule@2 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P0]@2|)))
      (a!134 (ite (and (= rule@2 #x23) true)
                  #x02
                  (ite (and (= rule@2 #x27) true)
                       #x00
                       |&mm->mmap_lock.writer[P1]@2|)))
      (a!135 (ite (and (= rule@2 #x2d) true)
                  (bvsub |&mm->mmap_lock.readers[P1]@2| #x01)
                  (ite (and (= rule@2 #x2e) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@2| #x01)
                       |&mm->mmap_lock.readers[P1]@2|)))
      (a!137 (ite (and (= rule@2 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@2| #x01)
                  (ite (and (= rule@2 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@2| #x01)
                       |&anon_vma->rwsem.readers[av0]@2|)))
      (a!139 (ite (and (= rule@2 #x1a) (= migrate0.dst@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x1c) true) #x00 |PG_locked[F0]@2|)))
      (a!142 (ite (and (= rule@2 #x0d) (= migrate0.dst@2 #x01))
                  #x01
                  (ite (and (= rule@2 #x1a) (= migrate0.dst@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!143 (ite (and (= rule@2 #x20) true)
                  #x15
                  (ite (and (= rule@2 #x21) true) #x1f migrate0.pc@2)))
      (a!160 (ite (and (= rule@2 #x1e) true)
                  #x00
                  (ite (and (= rule@2 #x21) true) #x00 migrate0.isolated@2)))
      (a!162 (ite (and (= rule@2 #x1f) true)
                  #x02
                  (ite (and (= rule@2 #x20) true) #x02 migrate0.dst@2)))
      (a!164 (ite (and (= rule@2 #x0b) true)
                  #x02
                  (ite (and (= rule@2 #x1b) true) #x02 migrate0.anon_vma@2)))
      (a!166 (ite (and (= rule@2 #x18) true)
                  (bvadd migrate0.cursor@2 #x01)
                  (ite (and (= rule@2 #x19) true) #x00 migrate0.cursor@2)))
      (a!169 (ite (and (= rule@2 #x0e) true)
                  #x01
                  (ite (and (= rule@2 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@2)))
      (a!170 (ite (and (= rule@2 #x14) true)
                  #x00
                  (ite (and (= rule@2 #x15) true) #x01 migrate0.ok@2)))
      (a!172 (= migrate0.pass@3
                (ite (and (= rule@2 #x1f) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!173 (ite (and (= rule@2 #x26) true)
                  #x05
                  (ite (and (= rule@2 #x27) true) #x06 fork0.pc@2)))
      (a!176 (ite (and (= rule@2 #x26) true)
                  #x01
                  (ite (and (= rule@2 #x27) true) #x00 fork0.addr@2)))
      (a!178 (ite (and (= rule@2 #x2d) true)
                  #x00
                  (ite (and (= rule@2 #x2e) true) #x0c fault0.pc@2))))
(let ((a!7 (ite (and (= |folio.mapping[F0]@2| #x00) (= migrate0.cursor@2 #x00))
                |anon_vma.list[av0][0]@2|
                a!6))
      (a!37 (= |anon_vma.list[av0][0]@3|
               (ite (and (= rule@2 #x24) true)
                    (ite a!36 #x01 |anon_vma.list[av0][0]@2|)
                    |anon_vma.list[av0][0]@2|)))
      (a!38 (= |anon_vma.list[av0][1]@3|
               (ite (and (= rule@2 #x24) true)
                    (ite a!36
                         |anon_vma.list[av0][0]@2|
                         |anon_vma.list[av0][1]@2|)
                    |anon_vma.list[av0][1]@2|)))
      (a!40 (= |anon_vma.len[av0]@3|
               (ite (and (= rule@2 #x24) true)
                    (ite a!36
                         (bvadd |anon_vma.len[av0]@2| #x01)
                         |anon_vma.len[av0]@2|)
                    |anon_vma.len[av0]@2|)))
      (a!43 (bvadd (ite (= migrate0.anon_vma@2 #x00) #x01 #x00)
                   (ite a!42 #x01 #x00)))
      (a!45 (ite (and (not (= migrate0.anon_vma@2 #x02)) a!44) #x01 #x00))
      (a!46 (ite (and (not (= migrate0.anon_vma@2 #x02))
                      (= (ite a!44
                              |anon_vma.refcount[av0]@2|
                              |anon_vma.refcount[av1]@2|)
                         #x01)
                      (not a!44))
                 #x01
                 #x00))
      (a!51 (ite (and (not (= migrate0.anon_vma@2 #x02)) a!50) #x01 #x00))
      (a!56 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                 a!55
                 (ite (and (= rule@2 #x21) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      |folio.used[F0]@2|)))
      (a!60 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                 a!55
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                      a!55
                      |folio.used[F1]@2|)))
      (a!65 (ite (and (= rule@2 #x21) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x00))
                      a!64
                      |folio.refcount[F0]@2|)))
      (a!73 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x01))
                      a!64
                      |folio.refcount[F1]@2|)))
      (a!83 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                 a!82
                 (ite (and (= rule@2 #x21) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                      |PG_lru[F0]@2|)))
      (a!87 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                 a!82
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                      a!82
                      |PG_lru[F1]@2|)))
      (a!92 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x00))
                      a!91
                      |PG_anon_exclusive[F0]@2|)))
      (a!97 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!90
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x01))
                      a!91
                      |PG_anon_exclusive[F1]@2|)))
      (a!101 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                  a!100
                  (ite (and (= rule@2 #x21) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x02
                            |folio.mapping[F0]@2|)
                       |folio.mapping[F0]@2|)))
      (a!105 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                  a!100
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                       a!100
                       |folio.mapping[F1]@2|)))
      (a!108 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                  a!107
                  (ite (and (= rule@2 #x21) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.index[F0]@2|)
                       |folio.index[F0]@2|)))
      (a!112 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                  a!107
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                       a!107
                       |folio.index[F1]@2|)))
      (a!115 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                  a!114
                  (ite (and (= rule@2 #x21) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.data[F0]@2|)
                       |folio.data[F0]@2|)))
      (a!119 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                  a!114
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                       a!114
                       |folio.data[F1]@2|)))
      (a!123 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                  a!122
                  (ite (and (= rule@2 #x21) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       |folio.node[F0]@2|)))
      (a!127 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                  a!122
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                       a!122
                       |folio.node[F1]@2|)))
      (a!131 (ite (and (= rule@2 #x2c) true)
                  a!130
                  (ite (and (= rule@2 #x2d) true) #x00 fault0.woken@2)))
      (a!136 (ite (and (= rule@2 #x2a) true)
                  (bvadd |&mm->mmap_lock.readers[P1]@2| #x01)
                  (ite (and (= rule@2 #x2b) true)
                       (bvsub |&mm->mmap_lock.readers[P1]@2| #x01)
                       a!135)))
      (a!138 (ite (and (= rule@2 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@2| #x01)
                  (ite (and (= rule@2 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@2| #x01)
                       a!137)))
      (a!140 (ite (and (= rule@2 #x08) true)
                  #x01
                  (ite (and (= rule@2 #x0d) (= migrate0.dst@2 #x00)) #x01 a!139)))
      (a!144 (ite (and (= rule@2 #x1e) true)
                  #x1f
                  (ite (and (= rule@2 #x1f) true) #x01 a!143)))
      (a!161 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x02) true) #x00 a!160)))
      (a!163 (ite (and (= rule@2 #x03) true)
                  a!54
                  (ite (and (= rule@2 #x1d) true) #x02 a!162)))
      (a!165 (= migrate0.anon_vma@3
                (ite (and (= rule@2 #x09) true) |folio.mapping[F0]@2| a!164)))
      (a!167 (ite (and (= rule@2 #x11) true)
                  #x00
                  (ite (and (= rule@2 #x17) true) #x00 a!166)))
      (a!171 (ite (and (= rule@2 #x06) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x00 a!170)))
      (a!174 (ite (and (= rule@2 #x24) true)
                  #x03
                  (ite (and (= rule@2 #x25) true) #x04 a!173)))
      (a!177 (ite (and (= rule@2 #x24) true)
                  fork0.addr@2
                  (ite (and (= rule@2 #x25) true) #x00 a!176)))
      (a!179 (ite (and (= rule@2 #x2b) true)
                  #x00
                  (ite (and (= rule@2 #x2c) true) #x06 a!178))))
(let ((a!8 (and (= rule@2 #x10)
                (= migrate0.pc@2 #x09)
                (bvult migrate0.cursor@2
                       (ite (= |folio.mapping[F0]@2| #x00)
                            |anon_vma.len[av0]@2|
                            |anon_vma.len[av1]@2|))
                (bvugt |folio.mapcount[F0]@2| #x00)
                (= |folio.index[F0]@2| #x00)
                (= (ite (= a!7 #x00)
                        |ptlock_ptr(page)[P0]@2|
                        |ptlock_ptr(page)[P1]@2|)
                   #x00)))
      (a!10 (and (= rule@2 #x18)
                 (= migrate0.pc@2 #x0e)
                 (bvult migrate0.cursor@2
                        (ite (= |folio.mapping[F0]@2| #x00)
                             |anon_vma.len[av0]@2|
                             |anon_vma.len[av1]@2|))
                 (= |folio.index[F0]@2| #x00)
                 (= (ite (= a!7 #x00)
                         |ptlock_ptr(page)[P0]@2|
                         |ptlock_ptr(page)[P1]@2|)
                    #x00)))
      (a!14 (ite (and (= a!7 #x00) (= #x00 #x00)) |pte[P0][0]@2| |pte[P1][0]@2|))
      (a!15 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.folio[P0][0]@2|
                 |pte.folio[P1][0]@2|))
      (a!16 (ite (and (= a!7 #x00) (= #x00 #x00))
                 |pte.write[P0][0]@2|
                 |pte.write[P1][0]@2|))
      (a!47 (ite (and (= rule@2 #x1b) true)
                 (ite (bvugt (bvadd a!45 a!46) #x00)
                      (bvsub |anon_vma.refcount[av0]@2| (bvadd a!45 a!46))
                      |anon_vma.refcount[av0]@2|)
                 (ite (and (= rule@2 #x25) true)
                      (bvadd |anon_vma.refcount[av0]@2| #x01)
                      |anon_vma.refcount[av0]@2|)))
      (a!52 (ite (and (= rule@2 #x1b) true)
                 (ite (bvugt a!51 #x00)
                      (bvsub |anon_vma.refcount[av1]@2| a!51)
                      |anon_vma.refcount[av1]@2|)
                 (ite (and (= rule@2 #x25) true)
                      #x01
                      |anon_vma.refcount[av1]@2|)))
      (a!57 (ite (and (= rule@2 #x1e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00)) a!55 a!56)))
      (a!61 (ite (and (= rule@2 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01)) a!55 a!60)))
      (a!66 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!65))
      (a!74 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!73))
      (a!84 (ite (and (= rule@2 #x1e) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00)) a!82 a!83)))
      (a!88 (ite (and (= rule@2 #x16) (= migrate0.dst@2 #x01))
                 #x01
                 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01)) a!82 a!87)))
      (a!93 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!90
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!90 a!92)))
      (a!98 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!90
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!90 a!97)))
      (a!102 (ite (and (= rule@2 #x1e) true)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x02
                       |folio.mapping[F0]@2|)
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                       a!100
                       a!101)))
      (a!106 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x01))
                  |folio.mapping[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                       a!100
                       a!105)))
      (a!109 (ite (and (= rule@2 #x1e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                       a!107
                       a!108)))
      (a!113 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x01))
                  |folio.index[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                       a!107
                       a!112)))
      (a!116 (ite (and (= rule@2 #x1e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                       a!114
                       a!115)))
      (a!120 (ite (and (= rule@2 #x15) (= migrate0.dst@2 #x01))
                  |folio.data[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                       a!114
                       a!119)))
      (a!124 (ite (and (= rule@2 #x1e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                       a!122
                       a!123)))
      (a!128 (ite (and (= rule@2 #x03) (= a!54 #x01))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                       a!122
                       a!127)))
      (a!132 (ite (and (= rule@2 #x1a) true)
                  (ite (= fault0.wait_folio@2 migrate0.dst@2)
                       #x01
                       fault0.woken@2)
                  (ite (and (= rule@2 #x1c) true)
                       (ite (= fault0.wait_folio@2 #x00) #x01 fault0.woken@2)
                       a!131)))
      (a!141 (= |PG_locked[F0]@3| (ite (and (= rule@2 #x05) true) #x01 a!140)))
      (a!145 (ite (and (= rule@2 #x1c) true)
                  (ite (not (= migrate0.ok@2 #x00)) #x12 #x14)
                  (ite (and (= rule@2 #x1d) true) #x13 a!144)))
      (a!168 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x10) true)
                       (bvadd migrate0.cursor@2 #x01)
                       a!167)))
      (a!175 (ite (and (= rule@2 #x22) true)
                  #x01
                  (ite (and (= rule@2 #x23) true) #x02 a!174)))
      (a!180 (ite (and (= rule@2 #x29) true)
                  #x01
                  (ite (and (= rule@2 #x2a) true) #x02 a!179))))
(let ((a!12 (or (and (= rule@2 #x00)
                     (= migrate0.pc@2 #x00)
                     (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))
                (and (= rule@2 #x01) (= migrate0.pc@2 #x00) a!1)
                (and (= rule@2 #x02)
                     (= migrate0.pc@2 #x01)
                     (= |folio.refcount[F0]@2| #x01))
                (and (= rule@2 #x03)
                     (= migrate0.pc@2 #x01)
                     (not (= |folio.refcount[F0]@2| #x01))
                     a!2)
                (and (= rule@2 #x04)
                     (= migrate0.pc@2 #x01)
                     (not (= |folio.refcount[F0]@2| #x01))
                     (not a!2))
                (and (= rule@2 #x05)
                     (= migrate0.pc@2 #x02)
                     (= |PG_locked[F0]@2| #x00))
                (and (= rule@2 #x06)
                     (= migrate0.pc@2 #x02)
                     (not (= |PG_locked[F0]@2| #x00))
                     (not (bvuge migrate0.pass@2 #x03)))
                (and (= rule@2 #x07)
                     (= migrate0.pc@2 #x02)
                     (not (= |PG_locked[F0]@2| #x00))
                     (bvuge migrate0.pass@2 #x03))
                (and (= rule@2 #x08)
                     (= migrate0.pc@2 #x03)
                     (= |PG_locked[F0]@2| #x00))
                a!3
                (and (= rule@2 #x0a)
                     (= migrate0.pc@2 #x05)
                     (bvugt |folio.mapcount[F0]@2| #x00))
                (and (= rule@2 #x0b)
                     (= migrate0.pc@2 #x05)
                     (not (bvugt |folio.mapcount[F0]@2| #x00)))
                (and (= rule@2 #x0c) (= migrate0.pc@2 #x04) (not a!4))
                a!5
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x08)
                     (bvugt |folio.mapcount[F0]@2| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00))
                (and (= rule@2 #x0f)
                     (= migrate0.pc@2 #x08)
                     (not (bvugt |folio.mapcount[F0]@2| #x00)))
                a!8
                (and (= rule@2 #x11) (= migrate0.pc@2 #x09) a!9)
                (and (= rule@2 #x12)
                     (= migrate0.pc@2 #x0a)
                     (not (bvugt |folio.mapcount[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x01))
                (and (= rule@2 #x13)
                     (= migrate0.pc@2 #x0a)
                     (not (bvugt |folio.mapcount[F0]@2| #x00))
                     (not (= |folio.refcount[F0]@2| #x01)))
                (and (= rule@2 #x14)
                     (= migrate0.pc@2 #x0a)
                     (bvugt |folio.mapcount[F0]@2| #x00))
                (and (= rule@2 #x15) (= migrate0.pc@2 #x0b))
                (and (= rule@2 #x16) (= migrate0.pc@2 #x0c))
                (and (= rule@2 #x17)
                     (= migrate0.pc@2 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00))
                a!10
                a!11
                (and (= rule@2 #x1a) (= migrate0.pc@2 #x0f))
                (and (= rule@2 #x1b) (= migrate0.pc@2 #x10))
                (and (= rule@2 #x1c) (= migrate0.pc@2 #x11))
                (and (= rule@2 #x1d) (= migrate0.pc@2 #x12))
                (and (= rule@2 #x1e) (= migrate0.pc@2 #x13))
                (and (= rule@2 #x1f)
                     (= migrate0.pc@2 #x14)
                     (bvult migrate0.pass@2 #x00))
                (and (= rule@2 #x20)
                     (= migrate0.pc@2 #x14)
                     (bvuge migrate0.pass@2 #x00))
                (and (= rule@2 #x21) (= migrate0.pc@2 #x15))
                (and (= rule@2 #x22)
                     (= fork0.pc@2 #x00)
                     (not (= |alive[P0]@2| #x00))
                     (= |&mm->mmap_lock.writer[P0]@2| #x00)
                     (= |&mm->mmap_lock.readers[P0]@2| #x00))
                (and (= rule@2 #x23)
                     (= fork0.pc@2 #x01)
                     (= |&mm->mmap_lock.writer[P1]@2| #x00)
                     (= |&mm->mmap_lock.readers[P1]@2| #x00))
                (and (= rule@2 #x24)
                     (= fork0.pc@2 #x02)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@2| #x00))
                (and (= rule@2 #x25)
                     (= fork0.pc@2 #x03)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00)
                     (= |&anon_vma->rwsem.readers[av0]@2| #x00))
                (and (= rule@2 #x26)
                     (= fork0.pc@2 #x04)
                     (= fork0.addr@2 #x00)
                     (= |ptlock_ptr(page)[P1]@2| #x00)
                     (= |ptlock_ptr(page)[P0]@2| #x00))
                (and (= rule@2 #x27) (= fork0.pc@2 #x05))
                (and (= rule@2 #x28)
                     (= fault0.pc@2 #x00)
                     (not (= |alive[P1]@2| #x00))
                     (= |pte[P1][0]@2| #x01))
                (and (= rule@2 #x29)
                     (= fault0.pc@2 #x00)
                     (not (= |alive[P1]@2| #x00))
                     (not (= |pte[P1][0]@2| #x01)))
                (and (= rule@2 #x2a)
                     (= fault0.pc@2 #x01)
                     (= |&mm->mmap_lock.writer[P1]@2| #x00))
                (and (= rule@2 #x2b)
                     (= fault0.pc@2 #x02)
                     (= |ptlock_ptr(page)[P1]@2| #x00)
                     (= |pte[P1][0]@2| #x01))
                (and (= rule@2 #x2c)
                     (= fault0.pc@2 #x02)
                     (= |ptlock_ptr(page)[P1]@2| #x00)
                     (not (= |pte[P1][0]@2| #x00))
                     (not (= |pte[P1][0]@2| #x01)))
                (and (= rule@2 #x2d)
                     (= fault0.pc@2 #x06)
                     (not (= fault0.woken@2 #x00)))
                (and (= rule@2 #x2e)
                     (= fault0.pc@2 #x02)
                     (= |pte[P1][0]@2| #x00))))
      (a!17 (ite (not (= a!16 #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@2| #x00)) #x03 #x02)))
      (a!19 (and (not (= a!14 #x00)) (not (= a!14 #x01)) (= a!15 #x00)))
      (a!30 (ite (and (= a!14 #x01) (= a!15 #x00)) #x00 a!16))
      (a!48 (ite (and (= rule@2 #x09) (= |folio.mapping[F0]@2| #x00))
                 (bvadd (ite (= |folio.mapping[F0]@2| #x00)
                             |anon_vma.refcount[av0]@2|
                             |anon_vma.refcount[av1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x0b) true)
                      (ite (bvugt a!43 #x00)
                           (bvsub |anon_vma.refcount[av0]@2| a!43)
                           |anon_vma.refcount[av0]@2|)
                      a!47)))
      (a!53 (ite (and (= rule@2 #x09) (= |folio.mapping[F0]@2| #x01))
                 (bvadd (ite (= |folio.mapping[F0]@2| #x00)
                             |anon_vma.refcount[av0]@2|
                             |anon_vma.refcount[av1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x0b) true) a!49 a!52)))
      (a!58 (ite (and (= rule@2 #x03) (= a!54 #x00))
                 #x01
                 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00)) a!55 a!57)))
      (a!62 (bvsub |folio.refcount[F0]@2|
                   (ite (and (= a!14 #x01) (= a!15 #x00)) #x01 #x00)))
      (a!67 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!66))
      (a!75 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!74))
      (a!85 (ite (and (= rule@2 #x16) (= migrate0.dst@2 #x00))
                 #x01
                 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00)) a!82 a!84)))
      (a!89 (ite (and (not (= a!14 #x00))
                      (not (= a!14 #x01))
                      (= a!15 #x00)
                      (not (= a!14 #x02)))
                 #x01
                 (ite a!63 |PG_anon_exclusive[F0]@2| |PG_anon_exclusive[F1]@2|)))
      (a!94 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!90
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!93)))
      (a!103 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x00))
                  |folio.mapping[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                       a!100
                       a!102)))
      (a!110 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x00))
                  |folio.index[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                       a!107
                       a!109)))
      (a!117 (ite (and (= rule@2 #x15) (= migrate0.dst@2 #x00))
                  |folio.data[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                       a!114
                       a!116)))
      (a!121 (= |folio.data[F1]@3|
                (ite (and (= rule@2 #x03) (= a!54 #x01)) #x00 a!120)))
      (a!125 (ite (and (= rule@2 #x03) (= a!54 #x00))
                  (bvsub #x01 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                       a!122
                       a!124)))
      (a!146 (ite (and (= rule@2 #x1a) true)
                  #x10
                  (ite (and (= rule@2 #x1b) true) #x11 a!145)))
      (a!181 (= fault0.pc@3 (ite (and (= rule@2 #x28) true) #x0c a!180))))
(let ((a!18 (ite (and (= a!14 #x01) (= a!15 #x00)) a!17 a!14))
      (a!21 (ite (and (= rule@2 #x18) (= a!7 #x00))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@2 #x26) true) a!20 |pte[P0][0]@2|)))
      (a!24 (ite (and (= rule@2 #x18) (= a!7 #x01))
                 (ite a!19 #x01 a!14)
                 (ite (and (= rule@2 #x26) true)
                      (ite (= |pte[P0][0]@2| #x01) #x01 a!23)
                      |pte[P1][0]@2|)))
      (a!26 (ite a!19
                 (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00)
                 a!15))
      (a!31 (ite (and (= rule@2 #x18) (= a!7 #x00))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@2 #x26) true)
                      (ite (= |pte[P0][0]@2| #x01) #x00 |pte.write[P0][0]@2|)
                      |pte.write[P0][0]@2|)))
      (a!33 (ite (and (= rule@2 #x18) (= a!7 #x01))
                 (ite a!19 (ite (= a!14 #x04) #x01 #x00) a!16)
                 (ite (and (= rule@2 #x26) true) #x00 |pte.write[P1][0]@2|)))
      (a!59 (= |folio.used[F0]@3|
               (ite (and (= rule@2 #x02) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |folio.used[F0]@2|)
                    a!58)))
      (a!68 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x1e) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!67)))
      (a!76 (ite (and (= rule@2 #x03) (= a!54 #x01))
                 #x01
                 (ite (and (= rule@2 #x18) a!72)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@2|
                                  |folio.refcount[F1]@2|)
                             (ite a!19 #x01 #x00))
                      a!75)))
      (a!77 (ite a!19
                 (bvadd (ite a!63 |folio.mapcount[F0]@2| |folio.mapcount[F1]@2|)
                        #x01)
                 (ite a!63 |folio.mapcount[F0]@2| |folio.mapcount[F1]@2|)))
      (a!86 (ite (and (= rule@2 #x00) true)
                 #x00
                 (ite (and (= rule@2 #x02) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                      a!85)))
      (a!95 (ite (and (= rule@2 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x18) a!63) a!89 a!94)))
      (a!99 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x18) a!72) a!89 a!98)))
      (a!104 (= |folio.mapping[F0]@3|
                (ite (and (= rule@2 #x02) true)
                     (ite (= |folio.refcount[F0]@2| #x01)
                          #x02
                          |folio.mapping[F0]@2|)
                     a!103)))
      (a!111 (= |folio.index[F0]@3|
                (ite (and (= rule@2 #x02) true)
                     (ite (= |folio.refcount[F0]@2| #x01)
                          #x00
                          |folio.index[F0]@2|)
                     a!110)))
      (a!118 (ite (and (= rule@2 #x02) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  (ite (and (= rule@2 #x03) (= a!54 #x00)) #x00 a!117)))
      (a!126 (= |folio.node[F0]@3|
                (ite (and (= rule@2 #x02) true)
                     (ite (= |folio.refcount[F0]@2| #x01)
                          #x00
                          |folio.node[F0]@2|)
                     a!125)))
      (a!147 (ite (and (= rule@2 #x17) true)
                  #x0e
                  (ite (and (= rule@2 #x19) true) #x0f a!146))))
(let ((a!22 (= |pte[P0][0]@3|
               (ite (and (= rule@2 #x10) (= a!7 #x00)) a!18 a!21)))
      (a!25 (= |pte[P1][0]@3|
               (ite (and (= rule@2 #x10) (= a!7 #x01)) a!18 a!24)))
      (a!27 (= |pte.folio[P0][0]@3|
               (ite (and (= rule@2 #x18) (= a!7 #x00))
                    a!26
                    |pte.folio[P0][0]@2|)))
      (a!29 (ite (and (= rule@2 #x18) (= a!7 #x01))
                 a!26
                 (ite (and (= rule@2 #x26) true)
                      (ite a!28 |pte.folio[P0][0]@2| #x00)
                      |pte.folio[P1][0]@2|)))
      (a!32 (= |pte.write[P0][0]@3|
               (ite (and (= rule@2 #x10) (= a!7 #x00)) a!30 a!31)))
      (a!34 (= |pte.write[P1][0]@3|
               (ite (and (= rule@2 #x10) (= a!7 #x01)) a!30 a!33)))
      (a!69 (ite (and (= rule@2 #x10) true)
                 a!62
                 (ite (and (= rule@2 #x18) a!63)
                      (bvadd (ite a!63
                                  |folio.refcount[F0]@2|
                                  |folio.refcount[F1]@2|)
                             (ite a!19 #x01 #x00))
                      a!68)))
      (a!79 (ite (and (= rule@2 #x18) a!63)
                 a!77
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x00))
                      a!78
                      |folio.mapcount[F0]@2|)))
      (a!81 (ite (and (= rule@2 #x18) a!72)
                 a!77
                 (ite (and (= rule@2 #x26) (= |pte.folio[P0][0]@2| #x01))
                      a!78
                      |folio.mapcount[F1]@2|)))
      (a!96 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x02) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@2|)
                    a!95)))
      (a!148 (ite (and (= rule@2 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  a!147)))
(let ((a!70 (ite (and (= rule@2 #x02) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!54 #x00)) #x01 a!69)))
      (a!80 (ite (and (= rule@2 #x10) true)
                 (ite (and (= a!14 #x01) (= a!15 #x00))
                      (bvsub |folio.mapcount[F0]@2| #x01)
                      |folio.mapcount[F0]@2|)
                 a!79))
      (a!149 (ite (and (= rule@2 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  (ite (and (= rule@2 #x15) true) #x0c a!148))))
(let ((a!71 (= |folio.refcount[F0]@3|
               (ite (and (= rule@2 #x00) true)
                    (bvadd |folio.refcount[F0]@2| #x01)
                    a!70)))
      (a!150 (ite (and (= rule@2 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  a!149)))
(let ((a!151 (ite (and (= rule@2 #x11) true)
                  #x0a
                  (ite (and (= rule@2 #x12) true) #x0b a!150))))
(let ((a!152 (ite (and (= rule@2 #x0e) true)
                  #x09
                  (ite (and (= rule@2 #x0f) true) #x0a a!151))))
(let ((a!153 (ite (and (= rule@2 #x0c) true)
                  #x06
                  (ite (and (= rule@2 #x0d) true) #x08 a!152))))
(let ((a!154 (ite (and (= rule@2 #x0a) true)
                  #x06
                  (ite (and (= rule@2 #x0b) true) #x06 a!153))))
(let ((a!155 (ite (and (= rule@2 #x08) true)
                  #x04
                  (ite (and (= rule@2 #x09) true) #x05 a!154))))
(let ((a!156 (ite (and (= rule@2 #x06) true)
                  #x14
                  (ite (and (= rule@2 #x07) true) #x03 a!155))))
(let ((a!157 (ite (and (= rule@2 #x04) true)
                  #x15
                  (ite (and (= rule@2 #x05) true) #x04 a!156))))
(let ((a!158 (ite (and (= rule@2 #x02) true)
                  #x1f
                  (ite (and (= rule@2 #x03) true) #x02 a!157))))
(let ((a!159 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x1f a!158))))
  (and a!12
       (= |alive[P0]@3| |alive[P0]@2|)
       a!13
       a!22
       a!25
       a!27
       (= |pte.folio[P1][0]@3| a!29)
       a!32
       a!34
       (= |expected[P0][0]@3| |expected[P0][0]@2|)
       a!35
       a!37
       a!38
       a!39
       (= |anon_vma.list[av1][1]@3| |anon_vma.list[av1][1]@2|)
       a!40
       a!41
       (= |anon_vma.refcount[av0]@3| a!48)
       (= |anon_vma.refcount[av1]@3| a!53)
       a!59
       (= |folio.used[F1]@3| a!61)
       a!71
       (= |folio.refcount[F1]@3| a!76)
       (= |folio.mapcount[F0]@3| a!80)
       (= |folio.mapcount[F1]@3| a!81)
       (= |PG_lru[F0]@3| a!86)
       (= |PG_lru[F1]@3| a!88)
       a!96
       a!99
       a!104
       (= |folio.mapping[F1]@3| a!106)
       a!111
       (= |folio.index[F1]@3| a!113)
       (= |folio.data[F0]@3| a!118)
       a!121
       a!126
       (= |folio.node[F1]@3| a!128)
       (= fault0.wait_folio@3 a!129)
       (= fault0.woken@3 a!132)
       (= |&mm->mmap_lock.writer[P0]@3| a!133)
       (= |&mm->mmap_lock.writer[P1]@3| a!134)
       (= |&mm->mmap_lock.readers[P0]@3| |&mm->mmap_lock.readers[P0]@2|)
       (= |&mm->mmap_lock.readers[P1]@3| a!136)
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.writer[av1]@3| |&anon_vma->rwsem.writer[av1]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| a!138)
       (= |&anon_vma->rwsem.readers[av1]@3| |&anon_vma->rwsem.readers[av1]@2|)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       (= |ptlock_ptr(page)[P1]@3| |ptlock_ptr(page)[P1]@2|)
       a!141
       (= |PG_locked[F1]@3| a!142)
       (= migrate0.pc@3 a!159)
       (= migrate0.isolated@3 a!161)
       (= migrate0.dst@3 a!163)
       a!165
       (= migrate0.cursor@3 a!168)
       (= migrate0.page_was_mapped@3 a!169)
       (= migrate0.ok@3 a!171)
       a!172
       (= fork0.pc@3 a!175)
       (= fork0.addr@3 a!177)
       a!181
       (= fault0.old_page@3 fault0.old_page@2)
       (= fault0.new_page@3 fault0.new_page@2)
       (bvule |alive[P0]@3| #x01)
       (bvule |alive[P1]@3| #x01)
       (bvule |pte[P0][0]@3| #x07)
       (bvule |pte[P1][0]@3| #x07)
       (bvule |pte.folio[P0][0]@3| #x01)
       (bvule |pte.folio[P1][0]@3| #x01)
       (bvule |pte.write[P0][0]@3| #x01)
       (bvule |pte.write[P1][0]@3| #x01)
       (bvule |expected[P0][0]@3| #x01)
       (bvule |expected[P1][0]@3| #x01)
       (bvule |anon_vma.list[av0][0]@3| #x01)
       (bvule |anon_vma.list[av0][1]@3| #x01)
       (bvule |anon_vma.list[av1][0]@3| #x01)
       (bvule |anon_vma.list[av1][1]@3| #x01)
       (bvule |anon_vma.len[av0]@3| #x02)
       (bvule |anon_vma.len[av1]@3| #x02)
       (bvule |anon_vma.refcount[av0]@3| #x07)
       (bvule |anon_vma.refcount[av1]@3| #x07)
       (bvule |folio.used[F0]@3| #x01)
       (bvule |folio.used[F1]@3| #x01)
       (bvule |folio.refcount[F0]@3| #x07)
       (bvule |folio.refcount[F1]@3| #x07)
       (bvule |folio.mapcount[F0]@3| #x03)
       (bvule |folio.mapcount[F1]@3| #x03)
       (bvule |PG_lru[F0]@3| #x01)
       (bvule |PG_lru[F1]@3| #x01)
       (bvule |PG_anon_exclusive[F0]@3| #x01)
       (bvule |PG_anon_exclusive[F1]@3| #x01)
       (bvule |folio.mapping[F0]@3| #x02)
       (bvule |folio.mapping[F1]@3| #x02)
       (bvule |folio.index[F0]@3| #x00)
       (bvule |folio.index[F1]@3| #x00)
       (bvule |folio.data[F0]@3| #x01)
       (bvule |folio.data[F1]@3| #x01)
       (bvule |folio.node[F0]@3| #x01)
       (bvule |folio.node[F1]@3| #x01)
       (bvule fault0.wait_folio@3 #x02)
       (bvule fault0.woken@3 #x01)
       (bvule |&mm->mmap_lock.writer[P0]@3| #x03)
       (bvule |&mm->mmap_lock.writer[P1]@3| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x03)
       (bvule |&mm->mmap_lock.readers[P1]@3| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x03)
       (bvule |&anon_vma->rwsem.writer[av1]@3| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x03)
       (bvule |&anon_vma->rwsem.readers[av1]@3| #x03)
       (bvule |ptlock_ptr(page)[P0]@3| #x03)
       (bvule |ptlock_ptr(page)[P1]@3| #x03)
       (bvule |PG_locked[F0]@3| #x03)
       (bvule |PG_locked[F1]@3| #x03)
       (bvule migrate0.pc@3 #x1f)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.dst@3 #x02)
       (bvule migrate0.anon_vma@3 #x02)
       (bvule migrate0.cursor@3 #x02)
       (bvule migrate0.page_was_mapped@3 #x01)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.pass@3 #x00)
       (bvule fork0.pc@3 #x06)
       (bvule fork0.addr@3 #x01)
       (bvule fault0.pc@3 #x0c)
       (bvule fault0.old_page@3 #x02)
       (bvule fault0.new_page@3 #x02))))))))))))))))))))
(assert (let ((a!1 (and (not (and (bvult #x01 |anon_vma.len[av0]@3|)
                          (= |anon_vma.list[av0][0]@3| #x01)
                          (= |anon_vma.list[av0][1]@3| #x00)))
                (not (and (bvult #x01 |anon_vma.len[av1]@3|)
                          (= |anon_vma.list[av1][0]@3| #x01)
                          (= |anon_vma.list[av1][1]@3| #x00))))))
  (not a!1)))
(model-add |alive[P0]@0| () (_ BitVec 8) #x01)
(model-add |alive[P1]@0| () (_ BitVec 8) #x00)
(model-add |pte[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |pte[P1][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.folio[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.folio[P1][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |pte.write[P1][0]@0| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |expected[P1][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][1]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av1][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av1][1]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@0| () (_ BitVec 8) #x01)
(model-add |anon_vma.len[av1]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.refcount[av0]@0| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av1]@0| () (_ BitVec 8) #x00)
(model-add |folio.used[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.used[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.refcount[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.refcount[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_lru[F0]@0| () (_ BitVec 8) #x01)
(model-add |PG_lru[F1]@0| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F0]@0| () (_ BitVec 8) #x01)
(model-add |PG_anon_exclusive[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F1]@0| () (_ BitVec 8) #x02)
(model-add |folio.index[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@0| () (_ BitVec 8) #x00)
(model-add fault0.wait_folio@0 () (_ BitVec 8) #x02)
(model-add fault0.woken@0 () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P1]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P1]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av1]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av1]@0| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@0| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P1]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@0| () (_ BitVec 8) #x00)
(model-add migrate0.pc@0 () (_ BitVec 8) #x00)
(model-add migrate0.isolated@0 () (_ BitVec 8) #x00)
(model-add migrate0.dst@0 () (_ BitVec 8) #x02)
(model-add migrate0.anon_vma@0 () (_ BitVec 8) #x02)
(model-add migrate0.cursor@0 () (_ BitVec 8) #x00)
(model-add migrate0.page_was_mapped@0 () (_ BitVec 8) #x00)
(model-add migrate0.ok@0 () (_ BitVec 8) #x00)
(model-add migrate0.pass@0 () (_ BitVec 8) #x00)
(model-add fork0.pc@0 () (_ BitVec 8) #x00)
(model-add fork0.addr@0 () (_ BitVec 8) #x00)
(model-add fault0.pc@0 () (_ BitVec 8) #x00)
(model-add fault0.old_page@0 () (_ BitVec 8) #x02)
(model-add fault0.new_page@0 () (_ BitVec 8) #x02)
(model-add |alive[P0]@1| () (_ BitVec 8) #x01)
(model-add |pte.folio[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.folio[P1][0]@1| () (_ BitVec 8) #x00)
(model-add |pte.write[P1][0]@1| () (_ BitVec 8) #x00)
(model-add |expected[P0][0]@1| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][1]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av1][1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapcount[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F1]@1| () (_ BitVec 8) #x02)
(model-add |folio.index[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.data[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av1]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av1]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P1]@1| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@1| () (_ BitVec 8) #x00)
(model-add fault0.old_page@1 () (_ BitVec 8) #x02)
(model-add fault0.new_page@1 () (_ BitVec 8) #x02)
(model-add migrate0.pass@1 () (_ BitVec 8) #x00)
(model-add |alive[P0]@2| () (_ BitVec 8) #x01)
(model-add |expected[P0][0]@2| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av1][1]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av1]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av1]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P1]@2| () (_ BitVec 8) #x00)
(model-add fault0.old_page@2 () (_ BitVec 8) #x02)
(model-add fault0.new_page@2 () (_ BitVec 8) #x02)
(model-add migrate0.pass@2 () (_ BitVec 8) #x00)
(model-add |alive[P0]@3| () (_ BitVec 8) #x01)
(model-add |alive[P1]@3|
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x27) #x01 |alive[P1]@2|))
(model-add |pte[P0][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!4 (ite (= rule@2 #x26)
                           (ite (or (= |pte[P0][0]@2| #x00)
                                    (= |pte[P0][0]@2| #x01))
                                |pte[P0][0]@2|
                                #x02)
                           |pte[P0][0]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!5 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!8 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)))
                 (a!9 (ite (= (ite (= a!3 #x00)
                                   |pte.write[P0][0]@2|
                                   |pte.write[P1][0]@2|)
                              #x00)
                           (ite (= |PG_anon_exclusive[F0]@2| #x00) #x02 #x03)
                           #x04)))
           (let ((a!6 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!5)))
           (let ((a!7 (ite (or (not (= rule@2 #x18)) (not (= a!3 #x00)))
                           a!4
                           (ite a!6
                                (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                                #x01))))
             (ite (or (not (= rule@2 #x10)) (not (= a!3 #x00)))
                  a!7
                  (ite (or a!8 a!5)
                       (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                       a!9)))))))))
(model-add |pte[P1][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!4 (ite (= |pte[P0][0]@2| #x01)
                           #x01
                           (ite (or (= |pte[P0][0]@2| #x00)
                                    (= |pte[P0][0]@2| #x01))
                                #x00
                                #x02))))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!5 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!8 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)))
                 (a!9 (ite (= (ite (= a!3 #x00)
                                   |pte.write[P0][0]@2|
                                   |pte.write[P1][0]@2|)
                              #x00)
                           (ite (= |PG_anon_exclusive[F0]@2| #x00) #x02 #x03)
                           #x04)))
           (let ((a!6 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!5)))
           (let ((a!7 (ite (or (not (= rule@2 #x18)) (not (= a!3 #x01)))
                           (ite (= rule@2 #x26) a!4 |pte[P1][0]@2|)
                           (ite a!6
                                (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                                #x01))))
             (ite (or (not (= rule@2 #x10)) (not (= a!3 #x01)))
                  a!7
                  (ite (or a!8 a!5)
                       (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                       a!9)))))))))
(model-add |pte.folio[P0][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!4 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00))))
           (let ((a!5 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!4)))
             (ite (or (not (= rule@2 #x18)) (not (= a!3 #x00)))
                  |pte.folio[P0][0]@2|
                  (ite a!5
                       (ite (= a!3 #x00)
                            |pte.folio[P0][0]@2|
                            |pte.folio[P1][0]@2|)
                       (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)))))))))
(model-add |pte.folio[P1][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!4 (or (= |pte[P0][0]@2| #x01)
                          (not (or (= |pte[P0][0]@2| #x00)
                                   (= |pte[P0][0]@2| #x01))))))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!5 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00))))
           (let ((a!6 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!5)))
             (ite (or (not (= rule@2 #x18)) (not (= a!3 #x01)))
                  (ite (= rule@2 #x26)
                       (ite a!4 |pte.folio[P0][0]@2| #x00)
                       |pte.folio[P1][0]@2|)
                  (ite a!6
                       (ite (= a!3 #x00)
                            |pte.folio[P0][0]@2|
                            |pte.folio[P1][0]@2|)
                       (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)))))))))
(model-add |pte.write[P0][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!4 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!6 (ite (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x04)
                           #x01
                           #x00))
                 (a!8 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01))))
           (let ((a!5 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!4)))
           (let ((a!7 (ite (or (not (= rule@2 #x18)) (not (= a!3 #x00)))
                           (ite (= rule@2 #x26)
                                (ite (= |pte[P0][0]@2| #x01)
                                     #x00
                                     |pte.write[P0][0]@2|)
                                |pte.write[P0][0]@2|)
                           (ite a!5
                                (ite (= a!3 #x00)
                                     |pte.write[P0][0]@2|
                                     |pte.write[P1][0]@2|)
                                a!6))))
             (ite (or (not (= rule@2 #x10)) (not (= a!3 #x00)))
                  a!7
                  (ite (or a!8 a!4)
                       (ite (= a!3 #x00)
                            |pte.write[P0][0]@2|
                            |pte.write[P1][0]@2|)
                       #x00)))))))))
(model-add |pte.write[P1][0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!4 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!6 (ite (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x04)
                           #x01
                           #x00))
                 (a!8 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01))))
           (let ((a!5 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!4)))
           (let ((a!7 (ite (or (not (= rule@2 #x18)) (not (= a!3 #x01)))
                           (ite (= rule@2 #x26) #x00 |pte.write[P1][0]@2|)
                           (ite a!5
                                (ite (= a!3 #x00)
                                     |pte.write[P0][0]@2|
                                     |pte.write[P1][0]@2|)
                                a!6))))
             (ite (or (not (= rule@2 #x10)) (not (= a!3 #x01)))
                  a!7
                  (ite (or a!8 a!4)
                       (ite (= a!3 #x00)
                            |pte.write[P0][0]@2|
                            |pte.write[P1][0]@2|)
                       #x00)))))))))
(model-add |expected[P0][0]@3| () (_ BitVec 8) #x01)
(model-add |expected[P1][0]@3|
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x26) #x01 |expected[P1][0]@2|))
(model-add |anon_vma.list[av1][1]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.refcount[av0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.anon_vma@2 #x00)
                                   |anon_vma.refcount[av0]@2|
                                   |anon_vma.refcount[av1]@2|)
                              #x01)))
                 (a!5 (not (= (ite (= migrate0.anon_vma@2 #x02)
                                   #x00
                                   migrate0.anon_vma@2)
                              #x00)))
                 (a!6 (ite (= (ite (= migrate0.anon_vma@2 #x02)
                                   #x00
                                   migrate0.anon_vma@2)
                              #x00)
                           |anon_vma.refcount[av0]@2|
                           |anon_vma.refcount[av1]@2|)))
           (let ((a!2 (bvmul #xff
                             (ite (or a!1 (= migrate0.anon_vma@2 #x00))
                                  #x00
                                  #x01)))
                 (a!7 (or (= migrate0.anon_vma@2 #x02)
                          (not (= a!6 #x01))
                          (= (ite (= migrate0.anon_vma@2 #x02)
                                  #x00
                                  migrate0.anon_vma@2)
                             #x00)))
                 (a!9 (bvmul #xff
                             (ite (or (= migrate0.anon_vma@2 #x02) a!5)
                                  #x00
                                  #x01))))
           (let ((a!3 (bvadd |anon_vma.refcount[av0]@2|
                             (bvmul #xff
                                    (ite (= migrate0.anon_vma@2 #x00) #x01 #x00))
                             a!2))
                 (a!8 (= (ite (or (= migrate0.anon_vma@2 #x02) a!5) #x00 #x01)
                         (bvmul #xff (ite a!7 #x00 #x01)))))
           (let ((a!4 (ite (= (ite (= migrate0.anon_vma@2 #x00) #x01 #x00) a!2)
                           |anon_vma.refcount[av0]@2|
                           a!3))
                 (a!10 (ite a!8
                            |anon_vma.refcount[av0]@2|
                            (bvadd |anon_vma.refcount[av0]@2|
                                   a!9
                                   (bvmul #xff (ite a!7 #x00 #x01))))))
           (let ((a!11 (ite (= rule@2 #x1b)
                            a!10
                            (bvadd (ite (= rule@2 #x25) #x01 #x00)
                                   |anon_vma.refcount[av0]@2|))))
             (ite (or (not (= |folio.mapping[F0]@2| #x00))
                      (not (= rule@2 #x09)))
                  (ite (= rule@2 #x0b) a!4 a!11)
                  (bvadd #x01
                         (ite (= |folio.mapping[F0]@2| #x00)
                              |anon_vma.refcount[av0]@2|
                              |anon_vma.refcount[av1]@2|)))))))))
(model-add |anon_vma.refcount[av1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.anon_vma@2 #x01) #x01 #x00) #x00)
                           #x00
                           (bvmul #xff
                                  (ite (= migrate0.anon_vma@2 #x01) #x01 #x00))))
                 (a!2 (not (= (ite (= migrate0.anon_vma@2 #x02)
                                   #x00
                                   migrate0.anon_vma@2)
                              #x01))))
           (let ((a!3 (= (ite (or (= migrate0.anon_vma@2 #x02) a!2) #x00 #x01)
                         #x00))
                 (a!4 (bvmul #xff
                             (ite (or (= migrate0.anon_vma@2 #x02) a!2)
                                  #x00
                                  #x01))))
           (let ((a!5 (ite (= rule@2 #x0b)
                           (bvadd |anon_vma.refcount[av1]@2| a!1)
                           (ite (= rule@2 #x1b)
                                (bvadd |anon_vma.refcount[av1]@2|
                                       (ite a!3 #x00 a!4))
                                (ite (= rule@2 #x25)
                                     #x01
                                     |anon_vma.refcount[av1]@2|)))))
             (ite (or (not (= |folio.mapping[F0]@2| #x01))
                      (not (= rule@2 #x09)))
                  a!5
                  (bvadd #x01
                         (ite (= |folio.mapping[F0]@2| #x00)
                              |anon_vma.refcount[av0]@2|
                              |anon_vma.refcount[av1]@2|)))))))
(model-add |folio.used[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.used[F0]@2|
                                |folio.used[F1]@2|))))
           (let ((a!3 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x20)))
                           (ite (= rule@2 #x21)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.used[F0]@2|)
                                |folio.used[F0]@2|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1f)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1d)))
                           (ite (= rule@2 #x1e)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.used[F0]@2|)
                                a!4)
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@2 #x03)) a!1) a!5 #x01)))
             (ite (= rule@2 #x02)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                  a!6)))))))
(model-add |folio.used[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.used[F0]@2|
                                |folio.used[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           |folio.used[F1]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!4
                           a!2)))
             (ite (or (not (= rule@2 #x03)) a!1) a!5 #x01))))))
(model-add |folio.refcount[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!8 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)))
                 (a!9 (ite (or (not (= rule@2 #x26))
                               (not (= |pte.folio[P0][0]@2| #x00)))
                           |folio.refcount[F0]@2|
                           (bvadd (ite (= |pte[P0][0]@2| #x01) #x01 #x00)
                                  (ite (= |pte.folio[P0][0]@2| #x00)
                                       |folio.refcount[F0]@2|
                                       |folio.refcount[F1]@2|))))
                 (a!13 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                               #x00)
                            |folio.refcount[F0]@2|
                            |folio.refcount[F1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!2
                           |anon_vma.list[av0][1]@2|))
                 (a!10 (ite (or (not (= migrate0.dst@2 #x00))
                                (not (= rule@2 #x20)))
                            (ite (= rule@2 #x21)
                                 (bvadd #xff |folio.refcount[F0]@2|)
                                 a!9)
                            (bvadd #xff
                                   (ite (= migrate0.dst@2 #x00)
                                        |folio.refcount[F0]@2|
                                        |folio.refcount[F1]@2|)))))
           (let ((a!4 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!3
                           |anon_vma.list[av0][0]@2|))
                 (a!11 (ite (or (not (= migrate0.dst@2 #x00))
                                (not (= rule@2 #x1f)))
                            a!10
                            (bvadd #xff
                                   (ite (= migrate0.dst@2 #x00)
                                        |folio.refcount[F0]@2|
                                        |folio.refcount[F1]@2|)))))
           (let ((a!5 (not (= (ite (= a!4 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)))
                 (a!6 (not (= (ite (= a!4 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!12 (ite (or (not (= migrate0.dst@2 #x00))
                                (not (= rule@2 #x1d)))
                            (ite (= rule@2 #x1e)
                                 (bvadd #xff |folio.refcount[F0]@2|)
                                 a!11)
                            (bvadd #xff
                                   (ite (= migrate0.dst@2 #x00)
                                        |folio.refcount[F0]@2|
                                        |folio.refcount[F1]@2|)))))
           (let ((a!7 (bvadd |folio.refcount[F0]@2|
                             (bvmul #xff (ite (or a!5 a!6) #x00 #x01))))
                 (a!14 (or (= (ite (= a!4 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)
                           (= (ite (= a!4 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x00)
                           a!6)))
           (let ((a!15 (ite (or (not (= rule@2 #x18)) a!8)
                            a!12
                            (bvadd a!13 (ite a!14 #x00 #x01)))))
           (let ((a!16 (ite (or (not (= rule@2 #x03)) a!1)
                            (ite (= rule@2 #x10) a!7 a!15)
                            #x01)))
             (ite (= rule@2 #x00)
                  (bvadd #x01 |folio.refcount[F0]@2|)
                  (ite (= rule@2 #x02) (bvadd #xff |folio.refcount[F0]@2|) a!16))))))))))
(model-add |folio.refcount[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x01)))
                 (a!3 (ite (or (not (= |pte.folio[P0][0]@2| #x01))
                               (not (= rule@2 #x26)))
                           |folio.refcount[F1]@2|
                           (bvadd (ite (= |pte[P0][0]@2| #x01) #x01 #x00)
                                  (ite (= |pte.folio[P0][0]@2| #x00)
                                       |folio.refcount[F0]@2|
                                       |folio.refcount[F1]@2|))))
                 (a!7 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)
                           |folio.refcount[F0]@2|
                           |folio.refcount[F1]@2|))
                 (a!8 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|)))
           (let ((a!4 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           a!3
                           (bvadd #xff
                                  (ite (= migrate0.dst@2 #x00)
                                       |folio.refcount[F0]@2|
                                       |folio.refcount[F1]@2|))))
                 (a!9 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!8
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!5 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!4
                           (bvadd #xff
                                  (ite (= migrate0.dst@2 #x00)
                                       |folio.refcount[F0]@2|
                                       |folio.refcount[F1]@2|))))
                 (a!10 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                                (not (= migrate0.cursor@2 #x00)))
                            a!9
                            |anon_vma.list[av0][0]@2|)))
           (let ((a!6 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!5
                           (bvadd #xff
                                  (ite (= migrate0.dst@2 #x00)
                                       |folio.refcount[F0]@2|
                                       |folio.refcount[F1]@2|))))
                 (a!11 (not (= (ite (= a!10 #x00)
                                    |pte.folio[P0][0]@2|
                                    |pte.folio[P1][0]@2|)
                               #x00))))
           (let ((a!12 (or (= (ite (= a!10 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)
                           (= (ite (= a!10 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x00)
                           a!11)))
           (let ((a!13 (ite (or (not (= rule@2 #x18)) a!2)
                            a!6
                            (bvadd a!7 (ite a!12 #x00 #x01)))))
             (ite (or (not (= rule@2 #x03)) a!1) a!13 #x01))))))))
(model-add |folio.mapcount[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!6 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)))
                 (a!7 (ite (or (not (= rule@2 #x26))
                               (not (= |pte.folio[P0][0]@2| #x00)))
                           |folio.mapcount[F0]@2|
                           (bvadd (ite (= |pte[P0][0]@2| #x01) #x01 #x00)
                                  (ite (= |pte.folio[P0][0]@2| #x00)
                                       |folio.mapcount[F0]@2|
                                       |folio.mapcount[F1]@2|))))
                 (a!9 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)
                           |folio.mapcount[F0]@2|
                           |folio.mapcount[F1]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!4 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)))
                 (a!5 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00))))
           (let ((a!8 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!5)))
           (let ((a!10 (ite (or (not (= rule@2 #x18)) a!6)
                            a!7
                            (bvadd (ite a!8 #x00 #x01) a!9))))
             (ite (= rule@2 #x10)
                  (bvadd (ite (or a!4 a!5) #x00 #xff) |folio.mapcount[F0]@2|)
                  a!10))))))))
(model-add |folio.mapcount[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x01)))
                 (a!2 (ite (or (not (= |pte.folio[P0][0]@2| #x01))
                               (not (= rule@2 #x26)))
                           |folio.mapcount[F1]@2|
                           (bvadd (ite (= |pte[P0][0]@2| #x01) #x01 #x00)
                                  (ite (= |pte.folio[P0][0]@2| #x00)
                                       |folio.mapcount[F0]@2|
                                       |folio.mapcount[F1]@2|))))
                 (a!3 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!8 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)
                           |folio.mapcount[F0]@2|
                           |folio.mapcount[F1]@2|)))
           (let ((a!4 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!3
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!5 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!4
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!6 (not (= (ite (= a!5 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00))))
           (let ((a!7 (or (= (ite (= a!5 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x01)
                          (= (ite (= a!5 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                             #x00)
                          a!6)))
             (ite (or (not (= rule@2 #x18)) a!1)
                  a!2
                  (bvadd (ite a!7 #x00 #x01) a!8))))))))
(model-add |PG_lru[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |PG_lru[F0]@2|
                                |PG_lru[F1]@2|))))
           (let ((a!2 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x20)))
                           (ite (= rule@2 #x21)
                                (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                                |PG_lru[F0]@2|)
                           a!1)))
           (let ((a!3 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1f)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1d)))
                           (ite (= rule@2 #x1e)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |PG_lru[F0]@2|)
                                a!3)
                           a!1)))
           (let ((a!5 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x16)))
                           a!4
                           #x01)))
             (ite (= rule@2 #x00)
                  #x00
                  (ite (= rule@2 #x02)
                       (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                       a!5))))))))
(model-add |PG_lru[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |PG_lru[F0]@2|
                                |PG_lru[F1]@2|))))
           (let ((a!2 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           |PG_lru[F1]@2|
                           a!1)))
           (let ((a!3 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!2
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!3
                           a!1)))
             (ite (or (not (= rule@2 #x16)) (not (= migrate0.dst@2 #x01)))
                  a!4
                  #x01))))))
(model-add |PG_anon_exclusive[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!6 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x00)))
                 (a!7 (ite (or (not (= rule@2 #x26))
                               (not (= |pte.folio[P0][0]@2| #x00)))
                           |PG_anon_exclusive[F0]@2|
                           (ite (= |pte[P0][0]@2| #x01)
                                #x00
                                (ite (= |pte.folio[P0][0]@2| #x00)
                                     |PG_anon_exclusive[F0]@2|
                                     |PG_anon_exclusive[F1]@2|))))
                 (a!8 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |PG_anon_exclusive[F0]@2|
                                |PG_anon_exclusive[F1]@2|)))
                 (a!13 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                               #x00)
                            |PG_anon_exclusive[F0]@2|
                            |PG_anon_exclusive[F1]@2|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!1
                           |anon_vma.list[av0][1]@2|))
                 (a!9 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x20)))
                           (ite (= rule@2 #x21)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |PG_anon_exclusive[F0]@2|)
                                a!7)
                           a!8)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@2|))
                 (a!10 (ite (or (not (= migrate0.dst@2 #x00))
                                (not (= rule@2 #x1f)))
                            a!9
                            a!8)))
           (let ((a!4 (not (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)))
                 (a!5 (not (= (ite (= a!3 #x00)
                                   |pte.folio[P0][0]@2|
                                   |pte.folio[P1][0]@2|)
                              #x00)))
                 (a!11 (ite (or (not (= migrate0.dst@2 #x00))
                                (not (= rule@2 #x1d)))
                            (ite (= rule@2 #x1e)
                                 (ite (= |folio.refcount[F0]@2| #x01)
                                      #x00
                                      |PG_anon_exclusive[F0]@2|)
                                 a!10)
                            a!8)))
           (let ((a!12 (or (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x02)
                           (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)
                           (= (ite (= a!3 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x00)
                           a!5)))
           (let ((a!14 (ite (or (not (= rule@2 #x18)) a!6)
                            a!11
                            (ite a!12 a!13 #x01))))
             (ite (= rule@2 #x02)
                  (ite (= |folio.refcount[F0]@2| #x01)
                       #x00
                       |PG_anon_exclusive[F0]@2|)
                  (ite (= rule@2 #x10)
                       (ite (or a!4 a!5) |PG_anon_exclusive[F0]@2| #x00)
                       a!14)))))))))
(model-add |PG_anon_exclusive[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                              #x01)))
                 (a!2 (ite (or (not (= |pte.folio[P0][0]@2| #x01))
                               (not (= rule@2 #x26)))
                           |PG_anon_exclusive[F1]@2|
                           (ite (= |pte[P0][0]@2| #x01)
                                #x00
                                (ite (= |pte.folio[P0][0]@2| #x00)
                                     |PG_anon_exclusive[F0]@2|
                                     |PG_anon_exclusive[F1]@2|))))
                 (a!3 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |PG_anon_exclusive[F0]@2|
                                |PG_anon_exclusive[F1]@2|)))
                 (a!7 (ite (or (not (= |folio.mapping[F0]@2| #x01))
                               (not (= migrate0.cursor@2 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@2|))
                 (a!12 (ite (= (ite (= migrate0.ok@2 #x00) #x00 migrate0.dst@2)
                               #x00)
                            |PG_anon_exclusive[F0]@2|
                            |PG_anon_exclusive[F1]@2|)))
           (let ((a!4 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           a!2
                           a!3))
                 (a!8 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x01)))
                           a!7
                           |anon_vma.list[av0][1]@2|)))
           (let ((a!5 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!4
                           a!3))
                 (a!9 (ite (or (not (= |folio.mapping[F0]@2| #x00))
                               (not (= migrate0.cursor@2 #x00)))
                           a!8
                           |anon_vma.list[av0][0]@2|)))
           (let ((a!6 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!5
                           a!3))
                 (a!10 (not (= (ite (= a!9 #x00)
                                    |pte.folio[P0][0]@2|
                                    |pte.folio[P1][0]@2|)
                               #x00))))
           (let ((a!11 (or (= (ite (= a!9 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x02)
                           (= (ite (= a!9 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x01)
                           (= (ite (= a!9 #x00) |pte[P0][0]@2| |pte[P1][0]@2|)
                              #x00)
                           a!10)))
             (ite (or (not (= rule@2 #x18)) a!1) a!6 (ite a!11 a!12 #x01))))))))
(model-add |folio.index[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@3| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x20)))
                           (ite (= rule@2 #x21)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                |folio.data[F0]@2|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1f)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1d)))
                           (ite (= rule@2 #x1e)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.data[F0]@2|)
                                a!4)
                           a!2)))
           (let ((a!6 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x15)))
                           a!5
                           |folio.data[F0]@2|)))
           (let ((a!7 (ite (or (not (= rule@2 #x03)) a!1) a!6 #x00)))
             (ite (= rule@2 #x02)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  a!7))))))))
(model-add |folio.data[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.data[F0]@2|
                                |folio.data[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           |folio.data[F1]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!4
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@2 #x15))
                               (not (= migrate0.dst@2 #x01)))
                           a!5
                           |folio.data[F0]@2|)))
             (ite (or (not (= rule@2 #x03)) a!1) a!6 #x00)))))))
(model-add |folio.node[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.node[F0]@2|
                                |folio.node[F1]@2|))))
           (let ((a!3 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x20)))
                           (ite (= rule@2 #x21)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.node[F0]@2|)
                                |folio.node[F0]@2|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1f)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1d)))
                           (ite (= rule@2 #x1e)
                                (ite (= |folio.refcount[F0]@2| #x01)
                                     #x00
                                     |folio.node[F0]@2|)
                                a!4)
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@2 #x03)) a!1)
                           a!5
                           (bvadd #x01 (bvmul #xff |folio.node[F0]@2|)))))
             (ite (= rule@2 #x02)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  a!6)))))))
(model-add |folio.node[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@2| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= migrate0.dst@2 #x00)
                                   |folio.refcount[F0]@2|
                                   |folio.refcount[F1]@2|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@2 #x00)
                                |folio.node[F0]@2|
                                |folio.node[F1]@2|))))
           (let ((a!3 (ite (or (not (= rule@2 #x20))
                               (not (= migrate0.dst@2 #x01)))
                           |folio.node[F1]@2|
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@2 #x1f))
                               (not (= migrate0.dst@2 #x01)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@2 #x1d))
                               (not (= migrate0.dst@2 #x01)))
                           a!4
                           a!2)))
             (ite (or (not (= rule@2 #x03)) a!1)
                  a!5
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@2|))))))))
(model-add fault0.woken@3
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= |pte.folio[P1][0]@2| #x00)
                                   |PG_locked[F0]@2|
                                   |PG_locked[F1]@2|)
                              #x00)
                           #x01
                           #x00)))
           (let ((a!2 (ite (= rule@2 #x1c)
                           (ite (= fault0.wait_folio@2 #x00)
                                #x01
                                fault0.woken@2)
                           (ite (= rule@2 #x2c)
                                a!1
                                (ite (= rule@2 #x2d) #x00 fault0.woken@2)))))
             (ite (= rule@2 #x1a)
                  (ite (= fault0.wait_folio@2 migrate0.dst@2)
                       #x01
                       fault0.woken@2)
                  a!2))))
(model-add |&mm->mmap_lock.writer[P0]@3|
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x22)
                #x02
                (ite (= rule@2 #x27) #x00 |&mm->mmap_lock.writer[P0]@2|)))
(model-add |&mm->mmap_lock.writer[P1]@3|
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x23)
                #x02
                (ite (= rule@2 #x27) #x00 |&mm->mmap_lock.writer[P1]@2|)))
(model-add |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@2 #x2a)
                           #x01
                           (ite (or (= rule@2 #x2b)
                                    (= rule@2 #x2d)
                                    (= rule@2 #x2e))
                                #xff
                                #x00))))
             (bvadd a!1 |&mm->mmap_lock.readers[P1]@2|)))
(model-add |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av1]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@2 #x11)
                           #xff
                           (ite (= rule@2 #x17)
                                #x01
                                (ite (= rule@2 #x19) #xff #x00)))))
             (bvadd (ite (= rule@2 #x0e) #x01 a!1)
                    |&anon_vma->rwsem.readers[av0]@2|)))
(model-add |&anon_vma->rwsem.readers[av1]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P1]@3| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x1a)))
                           (ite (= rule@2 #x1c) #x00 |PG_locked[F0]@2|)
                           #x00)))
           (let ((a!2 (ite (or (not (= migrate0.dst@2 #x00))
                               (not (= rule@2 #x0d)))
                           a!1
                           #x01)))
             (ite (or (= rule@2 #x05) (= rule@2 #x08)) #x01 a!2))))
(model-add |PG_locked[F1]@3|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= rule@2 #x1a))
                               (not (= migrate0.dst@2 #x01)))
                           |PG_locked[F1]@2|
                           #x00)))
             (ite (or (not (= rule@2 #x0d)) (not (= migrate0.dst@2 #x01)))
                  a!1
                  #x01)))
(model-add migrate0.pc@3
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@2 #x1f)
                           #x01
                           (ite (= rule@2 #x20)
                                #x15
                                (ite (= rule@2 #x21) #x1f migrate0.pc@2)))))
           (let ((a!2 (ite (= rule@2 #x1c)
                           (ite (= migrate0.ok@2 #x00) #x14 #x12)
                           (ite (= rule@2 #x1d)
                                #x13
                                (ite (= rule@2 #x1e) #x1f a!1)))))
           (let ((a!3 (ite (= rule@2 #x19)
                           #x0f
                           (ite (= rule@2 #x1a)
                                #x10
                                (ite (= rule@2 #x1b) #x11 a!2)))))
           (let ((a!4 (ite (= rule@2 #x15)
                           #x0c
                           (ite (= rule@2 #x16)
                                (ite (= migrate0.page_was_mapped@2 #x00)
                                     #x0f
                                     #x0d)
                                (ite (= rule@2 #x17) #x0e a!3)))))
           (let ((a!5 (ite (= rule@2 #x12)
                           #x0b
                           (ite (or (= rule@2 #x13) (= rule@2 #x14))
                                (ite (= migrate0.page_was_mapped@2 #x00)
                                     #x0f
                                     #x0d)
                                a!4))))
           (let ((a!6 (ite (= rule@2 #x0e)
                           #x09
                           (ite (or (= rule@2 #x0f) (= rule@2 #x11)) #x0a a!5))))
           (let ((a!7 (ite (= rule@2 #x09)
                           #x05
                           (ite (or (= rule@2 #x0c)
                                    (= rule@2 #x0a)
                                    (= rule@2 #x0b))
                                #x06
                                (ite (= rule@2 #x0d) #x08 a!6)))))
           (let ((a!8 (ite (= rule@2 #x06)
                           #x14
                           (ite (= rule@2 #x07)
                                #x03
                                (ite (= rule@2 #x08) #x04 a!7)))))
           (let ((a!9 (ite (= rule@2 #x03)
                           #x02
                           (ite (= rule@2 #x04)
                                #x15
                                (ite (= rule@2 #x05) #x04 a!8)))))
             (ite (= rule@2 #x00)
                  #x01
                  (ite (or (= rule@2 #x01) (= rule@2 #x02)) #x1f a!9))))))))))))
(model-add migrate0.isolated@3
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x00)
                #x01
                (ite (or (= rule@2 #x02) (= rule@2 #x1e) (= rule@2 #x21))
                     #x00
                     migrate0.isolated@2)))
(model-add migrate0.page_was_mapped@3
           ()
           (_ BitVec 8)
           (ite (= rule@2 #x0e)
                #x01
                (ite (= rule@2 #x0f) #x00 migrate0.page_was_mapped@2)))
(model-add migrate0.ok@3
           ()
           (_ BitVec 8)
           (ite (or (= rule@2 #x06) (= rule@2 #x13) (= rule@2 #x14))
                #x00
                (ite (= rule@2 #x15) #x01 migrate0.ok@2)))
(model-add fork0.addr@3
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@2 #x25)
                           #x00
                           (ite (= rule@2 #x26)
                                #x01
                                (ite (= rule@2 #x27) #x00 fork0.addr@2)))))
             (ite (= rule@2 #x24) fork0.addr@2 a!1)))
(model-add fault0.old_page@3 () (_ BitVec 8) #x02)
(model-add fault0.new_page@3 () (_ BitVec 8) #x02)
(model-add migrate0.pass@3 () (_ BitVec 8) #x00)
(model-add |expected[P1][0]@2|
           ()
           (_ BitVec 8)
           (ite (= rule@1 #x26) #x01 |expected[P1][0]@1|))
(model-add |PG_lru[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (or (= (ite (= migrate0.dst@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= rule@1 #x20))
                          (not (= migrate0.dst@1 #x01))))
                 (a!2 (ite (= (ite (= migrate0.dst@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@1 #x00) |PG_lru[F0]@1| #x00))))
           (let ((a!3 (ite (or (not (= migrate0.dst@1 #x01))
                               (not (= rule@1 #x1f)))
                           (ite a!1
                                #x00
                                (ite (= migrate0.dst@1 #x00)
                                     |PG_lru[F0]@1|
                                     #x00))
                           a!2)))
           (let ((a!4 (ite (or (not (= rule@1 #x1d))
                               (not (= migrate0.dst@1 #x01)))
                           a!3
                           a!2)))
             (ite (or (not (= rule@1 #x16)) (not (= migrate0.dst@1 #x01)))
                  a!4
                  #x01)))))
(model-add |PG_anon_exclusive[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.ok@1 #x00) #x00 migrate0.dst@1)
                              #x01)))
                 (a!2 (or (= (ite (= migrate0.dst@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= rule@1 #x20))
                          (not (= migrate0.dst@1 #x01))))
                 (a!3 (ite (= (ite (= migrate0.dst@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@1 #x00)
                                |PG_anon_exclusive[F0]@1|
                                #x00)))
                 (a!6 (ite (or (not (= |folio.mapping[F0]@1| #x01))
                               (not (= migrate0.cursor@1 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@1|))
                 (a!10 (ite (= (ite (= migrate0.ok@1 #x00) #x00 migrate0.dst@1)
                               #x00)
                            |PG_anon_exclusive[F0]@1|
                            #x00)))
           (let ((a!4 (ite (or (not (= migrate0.dst@1 #x01))
                               (not (= rule@1 #x1f)))
                           (ite a!2
                                #x00
                                (ite (= migrate0.dst@1 #x00)
                                     |PG_anon_exclusive[F0]@1|
                                     #x00))
                           a!3))
                 (a!7 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x01)))
                           a!6
                           #x00)))
           (let ((a!5 (ite (or (not (= rule@1 #x1d))
                               (not (= migrate0.dst@1 #x01)))
                           a!4
                           a!3))
                 (a!8 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x00)))
                           a!7
                           |anon_vma.list[av0][0]@1|)))
           (let ((a!9 (or (= (ite (= a!8 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x00)
                          (= (ite (= a!8 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x02)
                          (= (ite (= a!8 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x01))))
             (ite (or (not (= rule@1 #x18)) a!1) a!5 (ite a!9 a!10 #x01)))))))
(model-add |folio.data[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= migrate0.dst@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@1 #x00) |folio.data[F0]@1| #x00))))
           (let ((a!3 (ite (or (not (= rule@1 #x20))
                               (not (= migrate0.dst@1 #x00)))
                           (ite (= rule@1 #x21)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                |folio.data[F0]@1|)
                           a!2)))
           (let ((a!4 (ite (or (not (= migrate0.dst@1 #x00))
                               (not (= rule@1 #x1f)))
                           a!3
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@1 #x1d))
                               (not (= migrate0.dst@1 #x00)))
                           (ite (= rule@1 #x1e)
                                (ite (= |folio.refcount[F0]@1| #x01)
                                     #x00
                                     |folio.data[F0]@1|)
                                a!4)
                           a!2)))
           (let ((a!6 (ite (or (not (= rule@1 #x15))
                               (not (= migrate0.dst@1 #x00)))
                           a!5
                           |folio.data[F0]@1|)))
           (let ((a!7 (ite (or (not (= rule@1 #x03)) a!1) a!6 #x00)))
             (ite (= rule@1 #x02)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  a!7))))))))
(model-add |folio.data[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x01)))
                 (a!2 (or (= (ite (= migrate0.dst@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01)
                          (not (= rule@1 #x20))
                          (not (= migrate0.dst@1 #x01))))
                 (a!3 (ite (= (ite (= migrate0.dst@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@1 #x00) |folio.data[F0]@1| #x00))))
           (let ((a!4 (ite (or (not (= migrate0.dst@1 #x01))
                               (not (= rule@1 #x1f)))
                           (ite a!2
                                #x00
                                (ite (= migrate0.dst@1 #x00)
                                     |folio.data[F0]@1|
                                     #x00))
                           a!3)))
           (let ((a!5 (ite (or (not (= rule@1 #x1d))
                               (not (= migrate0.dst@1 #x01)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= rule@1 #x15))
                               (not (= migrate0.dst@1 #x01)))
                           a!5
                           |folio.data[F0]@1|)))
             (ite (or (not (= rule@1 #x03)) a!1) a!6 #x00))))))
(model-add |folio.node[F1]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@1| #x00) #x00 #x01) #x01)))
                 (a!2 (or (= migrate0.dst@1 #x00)
                          (= (ite (= migrate0.dst@1 #x00)
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             #x01))))
           (let ((a!3 (ite (or (not (= rule@1 #x20))
                               (not (= migrate0.dst@1 #x01)))
                           |folio.node[F1]@1|
                           (ite a!2 #x00 |folio.node[F1]@1|))))
           (let ((a!4 (ite (or (not (= migrate0.dst@1 #x01))
                               (not (= rule@1 #x1f)))
                           a!3
                           (ite a!2 #x00 |folio.node[F1]@1|))))
           (let ((a!5 (ite (or (not (= rule@1 #x1d))
                               (not (= migrate0.dst@1 #x01)))
                           a!4
                           (ite a!2 #x00 |folio.node[F1]@1|))))
             (ite (or (not (= rule@1 #x03)) a!1) a!5 #x01))))))
(model-add migrate0.isolated@2
           ()
           (_ BitVec 8)
           (ite (= rule@1 #x00)
                #x01
                (ite (or (= rule@1 #x1e) (= rule@1 #x02) (= rule@1 #x21))
                     #x00
                     migrate0.isolated@1)))
(model-add migrate0.page_was_mapped@2
           ()
           (_ BitVec 8)
           (ite (= rule@1 #x0e)
                #x01
                (ite (= rule@1 #x0f) #x00 migrate0.page_was_mapped@1)))
(model-add |expected[P1][0]@1| () (_ BitVec 8) (ite (= rule@0 #x26) #x01 #x00))
(model-add |folio.data[F0]@1|
           ()
           (_ BitVec 8)
           (ite (or (= rule@0 #x02) (= rule@0 #x1e) (= rule@0 #x21)) #x00 #x01))
(model-add |folio.node[F1]@1| () (_ BitVec 8) (ite (= rule@0 #x03) #x01 #x00))
(model-add migrate0.isolated@1 () (_ BitVec 8) (ite (= rule@0 #x00) #x01 #x00))
(model-add |pte.write[P0][0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@1| #x01))
                               (not (= migrate0.cursor@1 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@1|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x01)))
                           a!1
                           #x00)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@1|)))
           (let ((a!4 (or (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x00)
                          (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x01)))
                 (a!5 (ite (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x04)
                           #x01
                           #x00))
                 (a!7 (ite (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x01)
                           #x00
                           (ite (= a!3 #x00) |pte.write[P0][0]@1| #x00))))
           (let ((a!6 (ite (or (not (= rule@1 #x18)) (not (= a!3 #x00)))
                           (ite (= rule@1 #x26)
                                (ite (= |pte[P0][0]@1| #x01)
                                     #x00
                                     |pte.write[P0][0]@1|)
                                |pte.write[P0][0]@1|)
                           (ite a!4
                                (ite (= a!3 #x00) |pte.write[P0][0]@1| #x00)
                                a!5))))
             (ite (or (not (= rule@1 #x10)) (not (= a!3 #x00))) a!6 a!7)))))))
(model-add |pte.write[P1][0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@1| #x01))
                               (not (= migrate0.cursor@1 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@1|)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x01)))
                           a!1
                           #x00)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@1|)))
           (let ((a!4 (or (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x00)
                          (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                             #x01)))
                 (a!5 (ite (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x04)
                           #x01
                           #x00))
                 (a!7 (ite (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x01)
                           #x00
                           (ite (= a!3 #x00) |pte.write[P0][0]@1| #x00))))
           (let ((a!6 (ite (or (not (= rule@1 #x18)) (not (= a!3 #x01)))
                           #x00
                           (ite a!4
                                (ite (= a!3 #x00) |pte.write[P0][0]@1| #x00)
                                a!5))))
             (ite (or (not (= rule@1 #x10)) (not (= a!3 #x01))) a!6 a!7)))))))
(model-add |PG_anon_exclusive[F0]@2|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |folio.mapping[F0]@1| #x01))
                               (not (= migrate0.cursor@1 #x00)))
                           #x00
                           |anon_vma.list[av1][0]@1|))
                 (a!5 (not (= (ite (= migrate0.ok@1 #x00) #x00 migrate0.dst@1)
                              #x00)))
                 (a!6 (ite (= rule@1 #x21)
                           (ite (= |folio.refcount[F0]@1| #x01)
                                #x00
                                |PG_anon_exclusive[F0]@1|)
                           (ite (= rule@1 #x26)
                                (ite (= |pte[P0][0]@1| #x01)
                                     #x00
                                     |PG_anon_exclusive[F0]@1|)
                                |PG_anon_exclusive[F0]@1|)))
                 (a!7 (ite (= (ite (= migrate0.dst@1 #x00)
                                   |folio.refcount[F0]@1|
                                   |folio.refcount[F1]@1|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@1 #x00)
                                |PG_anon_exclusive[F0]@1|
                                #x00)))
                 (a!12 (ite (= (ite (= migrate0.ok@1 #x00) #x00 migrate0.dst@1)
                               #x00)
                            |PG_anon_exclusive[F0]@1|
                            #x00)))
           (let ((a!2 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x01)))
                           a!1
                           #x00))
                 (a!8 (ite (or (not (= rule@1 #x20))
                               (not (= migrate0.dst@1 #x00)))
                           a!6
                           a!7)))
           (let ((a!3 (ite (or (not (= |folio.mapping[F0]@1| #x00))
                               (not (= migrate0.cursor@1 #x00)))
                           a!2
                           |anon_vma.list[av0][0]@1|))
                 (a!9 (ite (or (not (= migrate0.dst@1 #x00))
                               (not (= rule@1 #x1f)))
                           a!8
                           a!7)))
           (let ((a!4 (ite (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|))
                 (a!10 (ite (or (not (= rule@1 #x1d))
                                (not (= migrate0.dst@1 #x00)))
                            (ite (= rule@1 #x1e)
                                 (ite (= |folio.refcount[F0]@1| #x01)
                                      #x00
                                      |PG_anon_exclusive[F0]@1|)
                                 a!9)
                            a!7))
                 (a!11 (or (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x00)
                           (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x02)
                           (= (ite (= a!3 #x00) |pte[P0][0]@1| |pte[P1][0]@1|)
                              #x01))))
           (let ((a!13 (ite (or (not (= rule@1 #x18)) a!5)
                            a!10
                            (ite a!11 a!12 #x01))))
             (ite (= rule@1 #x02)
                  (ite (= |folio.refcount[F0]@1| #x01)
                       #x00
                       |PG_anon_exclusive[F0]@1|)
                  (ite (= rule@1 #x10) a!4 a!13))))))))
(check-sat)
