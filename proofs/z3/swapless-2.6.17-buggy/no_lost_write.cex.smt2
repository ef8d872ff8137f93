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
(declare-fun gup0.wait_folio@0 () (_ BitVec 8))
(declare-fun fault0.wait_folio@0 () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@0| () (_ BitVec 8))
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
(declare-fun gup0.pc@0 () (_ BitVec 8))
(declare-fun gup0.page@0 () (_ BitVec 8))
(declare-fun fault0.pc@0 () (_ BitVec 8))
(declare-fun fault0.old_page@0 () (_ BitVec 8))
(declare-fun fault0.new_page@0 () (_ BitVec 8))
(declare-fun |alive[P0]@1| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@1| () (_ BitVec 8))
(declare-fun |folio.index[F0]@1| () (_ BitVec 8))
(declare-fun |folio.index[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F1]@1| () (_ BitVec 8))
(declare-fun |folio.node[F0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@1| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@1| () (_ BitVec 8))
(declare-fun fault0.old_page@1 () (_ BitVec 8))
(declare-fun fault0.new_page@1 () (_ BitVec 8))
(declare-fun migrate0.pass@1 () (_ BitVec 8))
(declare-fun |alive[P0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F0]@2| () (_ BitVec 8))
(declare-fun |folio.index[F1]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@2| () (_ BitVec 8))
(declare-fun fault0.old_page@2 () (_ BitVec 8))
(declare-fun fault0.new_page@2 () (_ BitVec 8))
(declare-fun migrate0.pass@2 () (_ BitVec 8))
(declare-fun |alive[P0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F0]@3| () (_ BitVec 8))
(declare-fun |folio.index[F1]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@3| () (_ BitVec 8))
(declare-fun fault0.old_page@3 () (_ BitVec 8))
(declare-fun fault0.new_page@3 () (_ BitVec 8))
(declare-fun migrate0.pass@3 () (_ BitVec 8))
(declare-fun |alive[P0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@4| () (_ BitVec 8))
(declare-fun |folio.index[F0]@4| () (_ BitVec 8))
(declare-fun |folio.index[F1]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@4| () (_ BitVec 8))
(declare-fun fault0.old_page@4 () (_ BitVec 8))
(declare-fun fault0.new_page@4 () (_ BitVec 8))
(declare-fun migrate0.pass@4 () (_ BitVec 8))
(declare-fun |alive[P0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@5| () (_ BitVec 8))
(declare-fun |folio.index[F0]@5| () (_ BitVec 8))
(declare-fun |folio.index[F1]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@5| () (_ BitVec 8))
(declare-fun fault0.old_page@5 () (_ BitVec 8))
(declare-fun fault0.new_page@5 () (_ BitVec 8))
(declare-fun migrate0.pass@5 () (_ BitVec 8))
(declare-fun |alive[P0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@6| () (_ BitVec 8))
(declare-fun |folio.index[F0]@6| () (_ BitVec 8))
(declare-fun |folio.index[F1]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@6| () (_ BitVec 8))
(declare-fun fault0.old_page@6 () (_ BitVec 8))
(declare-fun fault0.new_page@6 () (_ BitVec 8))
(declare-fun migrate0.pass@6 () (_ BitVec 8))
(declare-fun |alive[P0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@7| () (_ BitVec 8))
(declare-fun |folio.index[F0]@7| () (_ BitVec 8))
(declare-fun |folio.index[F1]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@7| () (_ BitVec 8))
(declare-fun fault0.old_page@7 () (_ BitVec 8))
(declare-fun fault0.new_page@7 () (_ BitVec 8))
(declare-fun migrate0.pass@7 () (_ BitVec 8))
(declare-fun |alive[P0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@8| () (_ BitVec 8))
(declare-fun |folio.index[F0]@8| () (_ BitVec 8))
(declare-fun |folio.index[F1]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@8| () (_ BitVec 8))
(declare-fun fault0.old_page@8 () (_ BitVec 8))
(declare-fun fault0.new_page@8 () (_ BitVec 8))
(declare-fun migrate0.pass@8 () (_ BitVec 8))
(declare-fun |alive[P0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@9| () (_ BitVec 8))
(declare-fun |folio.index[F0]@9| () (_ BitVec 8))
(declare-fun |folio.index[F1]@9| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@9| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@9| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@9| () (_ BitVec 8))
(declare-fun fault0.old_page@9 () (_ BitVec 8))
(declare-fun fault0.new_page@9 () (_ BitVec 8))
(declare-fun migrate0.pass@9 () (_ BitVec 8))
(declare-fun |alive[P0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@10| () (_ BitVec 8))
(declare-fun |folio.index[F0]@10| () (_ BitVec 8))
(declare-fun |folio.index[F1]@10| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@10| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@10| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@10| () (_ BitVec 8))
(declare-fun fault0.old_page@10 () (_ BitVec 8))
(declare-fun fault0.new_page@10 () (_ BitVec 8))
(declare-fun migrate0.pass@10 () (_ BitVec 8))
(declare-fun |alive[P0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@11| () (_ BitVec 8))
(declare-fun |folio.index[F0]@11| () (_ BitVec 8))
(declare-fun |folio.index[F1]@11| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@11| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@11| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@11| () (_ BitVec 8))
(declare-fun fault0.old_page@11 () (_ BitVec 8))
(declare-fun fault0.new_page@11 () (_ BitVec 8))
(declare-fun migrate0.pass@11 () (_ BitVec 8))
(declare-fun |alive[P0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@12| () (_ BitVec 8))
(declare-fun |folio.index[F0]@12| () (_ BitVec 8))
(declare-fun |folio.index[F1]@12| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@12| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@12| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@12| () (_ BitVec 8))
(declare-fun fault0.old_page@12 () (_ BitVec 8))
(declare-fun fault0.new_page@12 () (_ BitVec 8))
(declare-fun migrate0.pass@12 () (_ BitVec 8))
(declare-fun |alive[P0]@13| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@13| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@13| () (_ BitVec 8))
(declare-fun |folio.index[F0]@13| () (_ BitVec 8))
(declare-fun |folio.index[F1]@13| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@13| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@13| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@13| () (_ BitVec 8))
(declare-fun fault0.old_page@13 () (_ BitVec 8))
(declare-fun fault0.new_page@13 () (_ BitVec 8))
(declare-fun migrate0.pass@13 () (_ BitVec 8))
(declare-fun |alive[P0]@14| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@14| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@14| () (_ BitVec 8))
(declare-fun |folio.index[F0]@14| () (_ BitVec 8))
(declare-fun |folio.index[F1]@14| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@14| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@14| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@14| () (_ BitVec 8))
(declare-fun fault0.old_page@14 () (_ BitVec 8))
(declare-fun fault0.new_page@14 () (_ BitVec 8))
(declare-fun migrate0.pass@14 () (_ BitVec 8))
(declare-fun |alive[P0]@15| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@15| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@15| () (_ BitVec 8))
(declare-fun |folio.index[F0]@15| () (_ BitVec 8))
(declare-fun |folio.index[F1]@15| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@15| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@15| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@15| () (_ BitVec 8))
(declare-fun fault0.old_page@15 () (_ BitVec 8))
(declare-fun fault0.new_page@15 () (_ BitVec 8))
(declare-fun migrate0.pass@15 () (_ BitVec 8))
(declare-fun |alive[P0]@16| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@16| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@16| () (_ BitVec 8))
(declare-fun |folio.index[F0]@16| () (_ BitVec 8))
(declare-fun |folio.index[F1]@16| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@16| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@16| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@16| () (_ BitVec 8))
(declare-fun fault0.old_page@16 () (_ BitVec 8))
(declare-fun fault0.new_page@16 () (_ BitVec 8))
(declare-fun migrate0.pass@16 () (_ BitVec 8))
(declare-fun |alive[P0]@17| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@17| () (_ BitVec 8))
(declare-fun |pte[P0][0]@16| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@16| () (_ BitVec 8))
(declare-fun rule@16 () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@16| () (_ BitVec 8))
(declare-fun |anon_vma.list[av0][0]@17| () (_ BitVec 8))
(declare-fun |anon_vma.len[av0]@17| () (_ BitVec 8))
(declare-fun |folio.used[F0]@17| () (_ BitVec 8))
(declare-fun |folio.used[F1]@16| () (_ BitVec 8))
(declare-fun |folio.used[F0]@16| () (_ BitVec 8))
(declare-fun migrate0.dst@16 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@16| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@16| () (_ BitVec 8))
(declare-fun gup0.page@16 () (_ BitVec 8))
(declare-fun |folio.used[F1]@17| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@17| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@16| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@16| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@17| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@17| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@16| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@16| () (_ BitVec 8))
(declare-fun migrate0.ok@16 () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@17| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@17| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@16| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@16| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@17| () (_ BitVec 8))
(declare-fun |folio.index[F0]@17| () (_ BitVec 8))
(declare-fun |folio.index[F1]@17| () (_ BitVec 8))
(declare-fun |folio.node[F0]@17| () (_ BitVec 8))
(declare-fun |folio.node[F0]@16| () (_ BitVec 8))
(declare-fun |folio.node[F1]@16| () (_ BitVec 8))
(declare-fun |folio.node[F1]@17| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.writer[P0]@17| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@17| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@16| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.writer[av0]@17| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@17| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@16| () (_ BitVec 8))
(declare-fun |ptlock_ptr(page)[P0]@17| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@17| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@16| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@17| () (_ BitVec 8))
(declare-fun |PG_locked[F1]@16| () (_ BitVec 8))
(declare-fun migrate0.pc@17 () (_ BitVec 8))
(declare-fun migrate0.pc@16 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@16 () (_ BitVec 8))
(declare-fun migrate0.isolated@17 () (_ BitVec 8))
(declare-fun migrate0.isolated@16 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@17 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@16 () (_ BitVec 8))
(declare-fun migrate0.cursor@17 () (_ BitVec 8))
(declare-fun migrate0.cursor@16 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@17 () (_ BitVec 8))
(declare-fun migrate0.ok@17 () (_ BitVec 8))
(declare-fun fault0.old_page@17 () (_ BitVec 8))
(declare-fun fault0.new_page@17 () (_ BitVec 8))
(declare-fun migrate0.pass@17 () (_ BitVec 8))
(declare-fun |PG_lru[F1]@15| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@15| () (_ BitVec 8))
(declare-fun migrate0.dst@15 () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@15| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@15| () (_ BitVec 8))
(declare-fun gup0.page@15 () (_ BitVec 8))
(declare-fun rule@15 () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@15| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@15| () (_ BitVec 8))
(declare-fun migrate0.ok@15 () (_ BitVec 8))
(declare-fun |pte[P0][0]@15| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@15| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@15| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@15| () (_ BitVec 8))
(declare-fun |folio.node[F0]@15| () (_ BitVec 8))
(declare-fun |folio.node[F1]@15| () (_ BitVec 8))
(declare-fun |folio.used[F0]@15| () (_ BitVec 8))
(declare-fun migrate0.isolated@15 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@15 () (_ BitVec 8))
(declare-fun migrate0.isolated@14 () (_ BitVec 8))
(declare-fun rule@14 () (_ BitVec 8))
(declare-fun migrate0.isolated@13 () (_ BitVec 8))
(declare-fun rule@13 () (_ BitVec 8))
(declare-fun migrate0.isolated@12 () (_ BitVec 8))
(declare-fun rule@12 () (_ BitVec 8))
(declare-fun migrate0.isolated@11 () (_ BitVec 8))
(declare-fun rule@11 () (_ BitVec 8))
(declare-fun migrate0.isolated@10 () (_ BitVec 8))
(declare-fun rule@10 () (_ BitVec 8))
(declare-fun migrate0.isolated@9 () (_ BitVec 8))
(declare-fun rule@9 () (_ BitVec 8))
(declare-fun migrate0.isolated@8 () (_ BitVec 8))
(declare-fun rule@8 () (_ BitVec 8))
(declare-fun migrate0.isolated@7 () (_ BitVec 8))
(declare-fun rule@7 () (_ BitVec 8))
(declare-fun migrate0.isolated@6 () (_ BitVec 8))
(declare-fun rule@6 () (_ BitVec 8))
(declare-fun fault0.pc@1 () (_ BitVec 8))
(declare-fun gup0.page@1 () (_ BitVec 8))
(declare-fun gup0.pc@1 () (_ BitVec 8))
(declare-fun migrate0.ok@1 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@1 () (_ BitVec 8))
(declare-fun migrate0.cursor@1 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@1 () (_ BitVec 8))
(declare-fun migrate0.dst@1 () (_ BitVec 8))
(declare-fun migrate0.isolated@1 () (_ BitVec 8))
(declare-fun migrate0.pc@1 () (_ BitVec 8))
(declare-fun |PG_locked[F0]@1| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@1| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@1| () (_ BitVec 8))
(declare-fun fault0.wait_folio@1 () (_ BitVec 8))
(declare-fun gup0.wait_folio@1 () (_ BitVec 8))
(declare-fun |folio.node[F1]@1| () (_ BitVec 8))
(declare-fun |folio.data[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@1| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@1| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@1| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@1| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@1| () (_ BitVec 8))
(declare-fun |folio.used[F1]@1| () (_ BitVec 8))
(declare-fun |folio.used[F0]@1| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@1| () (_ BitVec 8))
(declare-fun |expected[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@1| () (_ BitVec 8))
(declare-fun |pte[P0][0]@1| () (_ BitVec 8))
(declare-fun rule@0 () (_ BitVec 8))
(declare-fun fault0.pc@2 () (_ BitVec 8))
(declare-fun gup0.page@2 () (_ BitVec 8))
(declare-fun gup0.pc@2 () (_ BitVec 8))
(declare-fun migrate0.ok@2 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@2 () (_ BitVec 8))
(declare-fun migrate0.cursor@2 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@2 () (_ BitVec 8))
(declare-fun migrate0.dst@2 () (_ BitVec 8))
(declare-fun migrate0.isolated@2 () (_ BitVec 8))
(declare-fun migrate0.pc@2 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@2| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@2| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@2| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@2| () (_ BitVec 8))
(declare-fun fault0.wait_folio@2 () (_ BitVec 8))
(declare-fun gup0.wait_folio@2 () (_ BitVec 8))
(declare-fun |folio.node[F1]@2| () (_ BitVec 8))
(declare-fun |folio.node[F0]@2| () (_ BitVec 8))
(declare-fun |folio.data[F1]@2| () (_ BitVec 8))
(declare-fun |folio.data[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@2| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@2| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@2| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@2| () (_ BitVec 8))
(declare-fun |folio.used[F1]@2| () (_ BitVec 8))
(declare-fun |folio.used[F0]@2| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@2| () (_ BitVec 8))
(declare-fun |expected[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@2| () (_ BitVec 8))
(declare-fun |pte[P0][0]@2| () (_ BitVec 8))
(declare-fun rule@1 () (_ BitVec 8))
(declare-fun fault0.pc@3 () (_ BitVec 8))
(declare-fun gup0.page@3 () (_ BitVec 8))
(declare-fun gup0.pc@3 () (_ BitVec 8))
(declare-fun migrate0.ok@3 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@3 () (_ BitVec 8))
(declare-fun migrate0.cursor@3 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@3 () (_ BitVec 8))
(declare-fun migrate0.dst@3 () (_ BitVec 8))
(declare-fun migrate0.isolated@3 () (_ BitVec 8))
(declare-fun migrate0.pc@3 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@3| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@3| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@3| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@3| () (_ BitVec 8))
(declare-fun fault0.wait_folio@3 () (_ BitVec 8))
(declare-fun gup0.wait_folio@3 () (_ BitVec 8))
(declare-fun |folio.node[F1]@3| () (_ BitVec 8))
(declare-fun |folio.node[F0]@3| () (_ BitVec 8))
(declare-fun |folio.data[F1]@3| () (_ BitVec 8))
(declare-fun |folio.data[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@3| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@3| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@3| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@3| () (_ BitVec 8))
(declare-fun |folio.used[F1]@3| () (_ BitVec 8))
(declare-fun |folio.used[F0]@3| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@3| () (_ BitVec 8))
(declare-fun |expected[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@3| () (_ BitVec 8))
(declare-fun |pte[P0][0]@3| () (_ BitVec 8))
(declare-fun rule@2 () (_ BitVec 8))
(declare-fun fault0.pc@4 () (_ BitVec 8))
(declare-fun gup0.page@4 () (_ BitVec 8))
(declare-fun gup0.pc@4 () (_ BitVec 8))
(declare-fun migrate0.ok@4 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@4 () (_ BitVec 8))
(declare-fun migrate0.cursor@4 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@4 () (_ BitVec 8))
(declare-fun migrate0.dst@4 () (_ BitVec 8))
(declare-fun migrate0.isolated@4 () (_ BitVec 8))
(declare-fun migrate0.pc@4 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@4| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@4| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@4| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@4| () (_ BitVec 8))
(declare-fun fault0.wait_folio@4 () (_ BitVec 8))
(declare-fun gup0.wait_folio@4 () (_ BitVec 8))
(declare-fun |folio.node[F1]@4| () (_ BitVec 8))
(declare-fun |folio.node[F0]@4| () (_ BitVec 8))
(declare-fun |folio.data[F1]@4| () (_ BitVec 8))
(declare-fun |folio.data[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@4| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@4| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@4| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@4| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@4| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@4| () (_ BitVec 8))
(declare-fun |folio.used[F1]@4| () (_ BitVec 8))
(declare-fun |folio.used[F0]@4| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@4| () (_ BitVec 8))
(declare-fun |expected[P0][0]@4| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@4| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@4| () (_ BitVec 8))
(declare-fun |pte[P0][0]@4| () (_ BitVec 8))
(declare-fun rule@3 () (_ BitVec 8))
(declare-fun fault0.pc@5 () (_ BitVec 8))
(declare-fun gup0.page@5 () (_ BitVec 8))
(declare-fun gup0.pc@5 () (_ BitVec 8))
(declare-fun migrate0.ok@5 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@5 () (_ BitVec 8))
(declare-fun migrate0.cursor@5 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@5 () (_ BitVec 8))
(declare-fun migrate0.dst@5 () (_ BitVec 8))
(declare-fun migrate0.isolated@5 () (_ BitVec 8))
(declare-fun migrate0.pc@5 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@5| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@5| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@5| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@5| () (_ BitVec 8))
(declare-fun fault0.wait_folio@5 () (_ BitVec 8))
(declare-fun gup0.wait_folio@5 () (_ BitVec 8))
(declare-fun |folio.node[F1]@5| () (_ BitVec 8))
(declare-fun |folio.node[F0]@5| () (_ BitVec 8))
(declare-fun |folio.data[F1]@5| () (_ BitVec 8))
(declare-fun |folio.data[F0]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@5| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@5| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@5| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@5| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@5| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@5| () (_ BitVec 8))
(declare-fun |folio.used[F1]@5| () (_ BitVec 8))
(declare-fun |folio.used[F0]@5| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@5| () (_ BitVec 8))
(declare-fun |expected[P0][0]@5| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@5| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@5| () (_ BitVec 8))
(declare-fun |pte[P0][0]@5| () (_ BitVec 8))
(declare-fun rule@4 () (_ BitVec 8))
(declare-fun fault0.pc@6 () (_ BitVec 8))
(declare-fun gup0.page@6 () (_ BitVec 8))
(declare-fun gup0.pc@6 () (_ BitVec 8))
(declare-fun migrate0.ok@6 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@6 () (_ BitVec 8))
(declare-fun migrate0.cursor@6 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@6 () (_ BitVec 8))
(declare-fun migrate0.dst@6 () (_ BitVec 8))
(declare-fun migrate0.pc@6 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@6| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@6| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@6| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@6| () (_ BitVec 8))
(declare-fun fault0.wait_folio@6 () (_ BitVec 8))
(declare-fun gup0.wait_folio@6 () (_ BitVec 8))
(declare-fun |folio.node[F1]@6| () (_ BitVec 8))
(declare-fun |folio.node[F0]@6| () (_ BitVec 8))
(declare-fun |folio.data[F1]@6| () (_ BitVec 8))
(declare-fun |folio.data[F0]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@6| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@6| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@6| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@6| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@6| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@6| () (_ BitVec 8))
(declare-fun |folio.used[F1]@6| () (_ BitVec 8))
(declare-fun |folio.used[F0]@6| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@6| () (_ BitVec 8))
(declare-fun |expected[P0][0]@6| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@6| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@6| () (_ BitVec 8))
(declare-fun |pte[P0][0]@6| () (_ BitVec 8))
(declare-fun rule@5 () (_ BitVec 8))
(declare-fun fault0.pc@7 () (_ BitVec 8))
(declare-fun gup0.page@7 () (_ BitVec 8))
(declare-fun gup0.pc@7 () (_ BitVec 8))
(declare-fun migrate0.ok@7 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@7 () (_ BitVec 8))
(declare-fun migrate0.cursor@7 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@7 () (_ BitVec 8))
(declare-fun migrate0.dst@7 () (_ BitVec 8))
(declare-fun migrate0.pc@7 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@7| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@7| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@7| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@7| () (_ BitVec 8))
(declare-fun fault0.wait_folio@7 () (_ BitVec 8))
(declare-fun gup0.wait_folio@7 () (_ BitVec 8))
(declare-fun |folio.node[F1]@7| () (_ BitVec 8))
(declare-fun |folio.node[F0]@7| () (_ BitVec 8))
(declare-fun |folio.data[F1]@7| () (_ BitVec 8))
(declare-fun |folio.data[F0]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@7| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@7| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@7| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@7| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@7| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@7| () (_ BitVec 8))
(declare-fun |folio.used[F1]@7| () (_ BitVec 8))
(declare-fun |folio.used[F0]@7| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@7| () (_ BitVec 8))
(declare-fun |expected[P0][0]@7| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@7| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@7| () (_ BitVec 8))
(declare-fun |pte[P0][0]@7| () (_ BitVec 8))
(declare-fun fault0.pc@8 () (_ BitVec 8))
(declare-fun gup0.page@8 () (_ BitVec 8))
(declare-fun gup0.pc@8 () (_ BitVec 8))
(declare-fun migrate0.ok@8 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@8 () (_ BitVec 8))
(declare-fun migrate0.cursor@8 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@8 () (_ BitVec 8))
(declare-fun migrate0.dst@8 () (_ BitVec 8))
(declare-fun migrate0.pc@8 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@8| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@8| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@8| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@8| () (_ BitVec 8))
(declare-fun fault0.wait_folio@8 () (_ BitVec 8))
(declare-fun gup0.wait_folio@8 () (_ BitVec 8))
(declare-fun |folio.node[F1]@8| () (_ BitVec 8))
(declare-fun |folio.node[F0]@8| () (_ BitVec 8))
(declare-fun |folio.data[F1]@8| () (_ BitVec 8))
(declare-fun |folio.data[F0]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@8| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@8| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@8| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@8| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@8| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@8| () (_ BitVec 8))
(declare-fun |folio.used[F1]@8| () (_ BitVec 8))
(declare-fun |folio.used[F0]@8| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@8| () (_ BitVec 8))
(declare-fun |expected[P0][0]@8| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@8| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@8| () (_ BitVec 8))
(declare-fun |pte[P0][0]@8| () (_ BitVec 8))
(declare-fun fault0.pc@9 () (_ BitVec 8))
(declare-fun gup0.page@9 () (_ BitVec 8))
(declare-fun gup0.pc@9 () (_ BitVec 8))
(declare-fun migrate0.ok@9 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@9 () (_ BitVec 8))
(declare-fun migrate0.cursor@9 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@9 () (_ BitVec 8))
(declare-fun migrate0.dst@9 () (_ BitVec 8))
(declare-fun migrate0.pc@9 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@9| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@9| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@9| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@9| () (_ BitVec 8))
(declare-fun fault0.wait_folio@9 () (_ BitVec 8))
(declare-fun gup0.wait_folio@9 () (_ BitVec 8))
(declare-fun |folio.node[F1]@9| () (_ BitVec 8))
(declare-fun |folio.node[F0]@9| () (_ BitVec 8))
(declare-fun |folio.data[F1]@9| () (_ BitVec 8))
(declare-fun |folio.data[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@9| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@9| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@9| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@9| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@9| () (_ BitVec 8))
(declare-fun |folio.used[F1]@9| () (_ BitVec 8))
(declare-fun |folio.used[F0]@9| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@9| () (_ BitVec 8))
(declare-fun |expected[P0][0]@9| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@9| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@9| () (_ BitVec 8))
(declare-fun |pte[P0][0]@9| () (_ BitVec 8))
(declare-fun fault0.pc@10 () (_ BitVec 8))
(declare-fun gup0.page@10 () (_ BitVec 8))
(declare-fun gup0.pc@10 () (_ BitVec 8))
(declare-fun migrate0.ok@10 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@10 () (_ BitVec 8))
(declare-fun migrate0.cursor@10 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@10 () (_ BitVec 8))
(declare-fun migrate0.dst@10 () (_ BitVec 8))
(declare-fun migrate0.pc@10 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@10| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@10| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@10| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@10| () (_ BitVec 8))
(declare-fun fault0.wait_folio@10 () (_ BitVec 8))
(declare-fun gup0.wait_folio@10 () (_ BitVec 8))
(declare-fun |folio.node[F1]@10| () (_ BitVec 8))
(declare-fun |folio.node[F0]@10| () (_ BitVec 8))
(declare-fun |folio.data[F1]@10| () (_ BitVec 8))
(declare-fun |folio.data[F0]@10| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@10| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@10| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@10| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@10| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@10| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@10| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@10| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@10| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@10| () (_ BitVec 8))
(declare-fun |folio.used[F1]@10| () (_ BitVec 8))
(declare-fun |folio.used[F0]@10| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@10| () (_ BitVec 8))
(declare-fun |expected[P0][0]@10| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@10| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@10| () (_ BitVec 8))
(declare-fun |pte[P0][0]@10| () (_ BitVec 8))
(declare-fun fault0.pc@11 () (_ BitVec 8))
(declare-fun gup0.page@11 () (_ BitVec 8))
(declare-fun gup0.pc@11 () (_ BitVec 8))
(declare-fun migrate0.ok@11 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@11 () (_ BitVec 8))
(declare-fun migrate0.cursor@11 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@11 () (_ BitVec 8))
(declare-fun migrate0.dst@11 () (_ BitVec 8))
(declare-fun migrate0.pc@11 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@11| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@11| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@11| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@11| () (_ BitVec 8))
(declare-fun fault0.wait_folio@11 () (_ BitVec 8))
(declare-fun gup0.wait_folio@11 () (_ BitVec 8))
(declare-fun |folio.node[F1]@11| () (_ BitVec 8))
(declare-fun |folio.node[F0]@11| () (_ BitVec 8))
(declare-fun |folio.data[F1]@11| () (_ BitVec 8))
(declare-fun |folio.data[F0]@11| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@11| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@11| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@11| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@11| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@11| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@11| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@11| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@11| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@11| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@11| () (_ BitVec 8))
(declare-fun |folio.used[F1]@11| () (_ BitVec 8))
(declare-fun |folio.used[F0]@11| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@11| () (_ BitVec 8))
(declare-fun |expected[P0][0]@11| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@11| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@11| () (_ BitVec 8))
(declare-fun |pte[P0][0]@11| () (_ BitVec 8))
(declare-fun fault0.pc@12 () (_ BitVec 8))
(declare-fun gup0.page@12 () (_ BitVec 8))
(declare-fun gup0.pc@12 () (_ BitVec 8))
(declare-fun migrate0.ok@12 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@12 () (_ BitVec 8))
(declare-fun migrate0.cursor@12 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@12 () (_ BitVec 8))
(declare-fun migrate0.dst@12 () (_ BitVec 8))
(declare-fun migrate0.pc@12 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@12| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@12| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@12| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@12| () (_ BitVec 8))
(declare-fun fault0.wait_folio@12 () (_ BitVec 8))
(declare-fun gup0.wait_folio@12 () (_ BitVec 8))
(declare-fun |folio.node[F1]@12| () (_ BitVec 8))
(declare-fun |folio.node[F0]@12| () (_ BitVec 8))
(declare-fun |folio.data[F1]@12| () (_ BitVec 8))
(declare-fun |folio.data[F0]@12| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@12| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@12| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@12| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@12| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@12| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@12| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@12| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@12| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@12| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@12| () (_ BitVec 8))
(declare-fun |folio.used[F1]@12| () (_ BitVec 8))
(declare-fun |folio.used[F0]@12| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@12| () (_ BitVec 8))
(declare-fun |expected[P0][0]@12| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@12| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@12| () (_ BitVec 8))
(declare-fun |pte[P0][0]@12| () (_ BitVec 8))
(declare-fun fault0.pc@13 () (_ BitVec 8))
(declare-fun gup0.page@13 () (_ BitVec 8))
(declare-fun gup0.pc@13 () (_ BitVec 8))
(declare-fun migrate0.ok@13 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@13 () (_ BitVec 8))
(declare-fun migrate0.cursor@13 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@13 () (_ BitVec 8))
(declare-fun migrate0.dst@13 () (_ BitVec 8))
(declare-fun migrate0.pc@13 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@13| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@13| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@13| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@13| () (_ BitVec 8))
(declare-fun fault0.wait_folio@13 () (_ BitVec 8))
(declare-fun gup0.wait_folio@13 () (_ BitVec 8))
(declare-fun |folio.node[F1]@13| () (_ BitVec 8))
(declare-fun |folio.node[F0]@13| () (_ BitVec 8))
(declare-fun |folio.data[F1]@13| () (_ BitVec 8))
(declare-fun |folio.data[F0]@13| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@13| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@13| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@13| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@13| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@13| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@13| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@13| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@13| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@13| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@13| () (_ BitVec 8))
(declare-fun |folio.used[F1]@13| () (_ BitVec 8))
(declare-fun |folio.used[F0]@13| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@13| () (_ BitVec 8))
(declare-fun |expected[P0][0]@13| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@13| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@13| () (_ BitVec 8))
(declare-fun |pte[P0][0]@13| () (_ BitVec 8))
(declare-fun fault0.pc@14 () (_ BitVec 8))
(declare-fun gup0.page@14 () (_ BitVec 8))
(declare-fun gup0.pc@14 () (_ BitVec 8))
(declare-fun migrate0.ok@14 () (_ BitVec 8))
(declare-fun migrate0.page_was_mapped@14 () (_ BitVec 8))
(declare-fun migrate0.cursor@14 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@14 () (_ BitVec 8))
(declare-fun migrate0.dst@14 () (_ BitVec 8))
(declare-fun migrate0.pc@14 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@14| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@14| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@14| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@14| () (_ BitVec 8))
(declare-fun fault0.wait_folio@14 () (_ BitVec 8))
(declare-fun gup0.wait_folio@14 () (_ BitVec 8))
(declare-fun |folio.node[F1]@14| () (_ BitVec 8))
(declare-fun |folio.node[F0]@14| () (_ BitVec 8))
(declare-fun |folio.data[F1]@14| () (_ BitVec 8))
(declare-fun |folio.data[F0]@14| () (_ BitVec 8))
(declare-fun |folio.mapping[F1]@14| () (_ BitVec 8))
(declare-fun |folio.mapping[F0]@14| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F1]@14| () (_ BitVec 8))
(declare-fun |PG_anon_exclusive[F0]@14| () (_ BitVec 8))
(declare-fun |PG_lru[F1]@14| () (_ BitVec 8))
(declare-fun |PG_lru[F0]@14| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@14| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@14| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@14| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@14| () (_ BitVec 8))
(declare-fun |folio.used[F1]@14| () (_ BitVec 8))
(declare-fun |folio.used[F0]@14| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@14| () (_ BitVec 8))
(declare-fun |expected[P0][0]@14| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@14| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@14| () (_ BitVec 8))
(declare-fun |pte[P0][0]@14| () (_ BitVec 8))
(declare-fun fault0.pc@15 () (_ BitVec 8))
(declare-fun gup0.pc@15 () (_ BitVec 8))
(declare-fun migrate0.cursor@15 () (_ BitVec 8))
(declare-fun migrate0.anon_vma@15 () (_ BitVec 8))
(declare-fun migrate0.pc@15 () (_ BitVec 8))
(declare-fun |PG_locked[F1]@15| () (_ BitVec 8))
(declare-fun |PG_locked[F0]@15| () (_ BitVec 8))
(declare-fun |&anon_vma->rwsem.readers[av0]@15| () (_ BitVec 8))
(declare-fun |&mm->mmap_lock.readers[P0]@15| () (_ BitVec 8))
(declare-fun fault0.wait_folio@15 () (_ BitVec 8))
(declare-fun gup0.wait_folio@15 () (_ BitVec 8))
(declare-fun |folio.data[F1]@15| () (_ BitVec 8))
(declare-fun |folio.data[F0]@15| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@15| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@15| () (_ BitVec 8))
(declare-fun |folio.used[F1]@15| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@15| () (_ BitVec 8))
(declare-fun |expected[P0][0]@15| () (_ BitVec 8))
(declare-fun |pte.write[P0][0]@15| () (_ BitVec 8))
(declare-fun fault0.pc@16 () (_ BitVec 8))
(declare-fun gup0.pc@16 () (_ BitVec 8))
(declare-fun fault0.wait_folio@16 () (_ BitVec 8))
(declare-fun gup0.wait_folio@16 () (_ BitVec 8))
(declare-fun |folio.data[F1]@16| () (_ BitVec 8))
(declare-fun |folio.data[F0]@16| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@16| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@16| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@16| () (_ BitVec 8))
(declare-fun |expected[P0][0]@16| () (_ BitVec 8))
(declare-fun fault0.pc@17 () (_ BitVec 8))
(declare-fun gup0.page@17 () (_ BitVec 8))
(declare-fun gup0.pc@17 () (_ BitVec 8))
(declare-fun migrate0.dst@17 () (_ BitVec 8))
(declare-fun fault0.wait_folio@17 () (_ BitVec 8))
(declare-fun gup0.wait_folio@17 () (_ BitVec 8))
(declare-fun |folio.data[F1]@17| () (_ BitVec 8))
(declare-fun |folio.data[F0]@17| () (_ BitVec 8))
(declare-fun |folio.mapcount[F1]@17| () (_ BitVec 8))
(declare-fun |folio.mapcount[F0]@17| () (_ BitVec 8))
(declare-fun |folio.refcount[F1]@17| () (_ BitVec 8))
(declare-fun |folio.refcount[F0]@17| () (_ BitVec 8))
(declare-fun |anon_vma.refcount[av0]@17| () (_ BitVec 8))
(declare-fun |expected[P0][0]@17| () (_ BitVec 8))
(declare-fun |pte.folio[P0][0]@17| () (_ BitVec 8))
(declare-fun |pte[P0][0]@17| () (_ BitVec 8))
(assert (and (= |alive[P0]@0| #x01)
     (= |pte[P0][0]@0| #x01)
     (= |pte.folio[P0][0]@0| #x00)
     (= |pte.write[P0][0]@0| #x01)
     (= |expected[P0][0]@0| #x01)
     (= |anon_vma.list[av0][0]@0| #x00)
     (= |anon_vma.len[av0]@0| #x01)
     (= |anon_vma.refcount[av0]@0| #x01)
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
     (= |folio.mapping[F1]@0| #x01)
     (= |folio.index[F0]@0| #x00)
     (= |folio.index[F1]@0| #x00)
     (= |folio.data[F0]@0| #x01)
     (= |folio.data[F1]@0| #x00)
     (= |folio.node[F0]@0| #x00)
     (= |folio.node[F1]@0| #x00)
     (= gup0.wait_folio@0 #x02)
     (= fault0.wait_folio@0 #x02)
     (= |&mm->mmap_lock.writer[P0]@0| #x00)
     (= |&mm->mmap_lock.readers[P0]@0| #x00)
     (= |&anon_vma->rwsem.writer[av0]@0| #x00)
     (= |&anon_vma->rwsem.readers[av0]@0| #x00)
     (= |ptlock_ptr(page)[P0]@0| #x00)
     (= |PG_locked[F0]@0| #x00)
     (= |PG_locked[F1]@0| #x00)
     (= migrate0.pc@0 #x00)
     (= migrate0.isolated@0 #x00)
     (= migrate0.dst@0 #x02)
     (= migrate0.anon_vma@0 #x01)
     (= migrate0.cursor@0 #x00)
     (= migrate0.page_was_mapped@0 #x00)
     (= migrate0.ok@0 #x00)
     (= migrate0.pass@0 #x00)
     (= gup0.pc@0 #x00)
     (= gup0.page@0 #x02)
     (= fault0.pc@0 #x00)
     (= fault0.old_page@0 #x02)
     (= fault0.new_page@0 #x02)))
(assert (and (bvule |alive[P0]@0| #x01)
     (bvule |pte[P0][0]@0| #x07)
     (bvule |pte.folio[P0][0]@0| #x01)
     (bvule |pte.write[P0][0]@0| #x01)
     (bvule |expected[P0][0]@0| #x02)
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
     (bvule |folio.data[F0]@0| #x02)
     (bvule |folio.data[F1]@0| #x02)
     (bvule |folio.node[F0]@0| #x01)
     (bvule |folio.node[F1]@0| #x01)
     (bvule gup0.wait_folio@0 #x02)
     (bvule fault0.wait_folio@0 #x02)
     (bvule |&mm->mmap_lock.writer[P0]@0| #x03)
     (bvule |&mm->mmap_lock.readers[P0]@0| #x03)
     (bvule |&anon_vma->rwsem.writer[av0]@0| #x03)
     (bvule |&anon_vma->rwsem.readers[av0]@0| #x03)
     (bvule |ptlock_ptr(page)[P0]@0| #x03)
     (bvule |PG_locked[F0]@0| #x03)
     (bvule |PG_locked[F1]@0| #x03)
     (bvule migrate0.pc@0 #x1f)
     (bvule migrate0.isolated@0 #x01)
     (bvule migrate0.dst@0 #x02)
     (bvule migrate0.anon_vma@0 #x01)
     (bvule migrate0.cursor@0 #x01)
     (bvule migrate0.page_was_mapped@0 #x01)
     (bvule migrate0.ok@0 #x01)
     (bvule migrate0.pass@0 #x00)
     (bvule gup0.pc@0 #x05)
     (bvule gup0.page@0 #x02)
     (bvule fault0.pc@0 #x0c)
     (bvule fault0.old_page@0 #x02)
     (bvule fault0.new_page@0 #x02)))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@0| #x00))
                     (not (= |PG_lru[F0]@0| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@0| #x00)))
               (not (not (= |folio.used[F1]@0| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@0| #x00)
                     (not (= |folio.mapping[F0]@0| #x01))
                     (bvugt |anon_vma.refcount[av0]@0| #x00))))
      (a!4 (and (= rule@0 #x0d)
                (= migrate0.pc@0 #x06)
                (= (ite (= migrate0.dst@0 #x00)
                        |PG_locked[F0]@0|
                        |PG_locked[F1]@0|)
                   #x00)))
      (a!5 (and (= rule@0 #x11)
                (= migrate0.pc@0 #x09)
                (or (bvuge migrate0.cursor@0 |anon_vma.len[av0]@0|)
                    (not (bvugt |folio.mapcount[F0]@0| #x00)))))
      (a!6 (and (= rule@0 #x25)
                (= gup0.pc@0 #x02)
                (= (ite (= gup0.wait_folio@0 #x00)
                        |PG_locked[F0]@0|
                        |PG_locked[F1]@0|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@0| #x01)
                     (not (= |pte.write[P0][0]@0| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@0| #x00))
                     (not (= |pte[P0][0]@0| #x01)))))
      (a!9 (and (= rule@0 #x2e)
                (= fault0.pc@0 #x06)
                (= (ite (= fault0.wait_folio@0 #x00)
                        |PG_locked[F0]@0|
                        |PG_locked[F1]@0|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@0| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@0| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@0| #x00))
                 (not (= |pte[P0][0]@0| #x01))
                 (= |pte.folio[P0][0]@0| #x00)))
      (a!18 (= |expected[P0][0]@1|
               (ite (and (= rule@0 #x27) true) #x02 |expected[P0][0]@0|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@0| #x01)
                      (not (= migrate0.anon_vma@0 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@0 #x01)) migrate0.anon_vma@0 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@0| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!29 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= gup0.page@0 #x00)
                      |folio.used[F0]@0|
                      |folio.used[F1]@0|)))
      (a!37 (bvsub |folio.refcount[F0]@0|
                   (ite (and (= |pte[P0][0]@0| #x01)
                             (= |pte.folio[P0][0]@0| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00) #x00))
      (a!39 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                 (bvsub (ite (= gup0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F0]@0|))
      (a!47 (= (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00) #x01))
      (a!48 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                 (bvsub (ite (= gup0.page@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 |folio.refcount[F1]@0|))
      (a!57 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!58 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= gup0.page@0 #x00) |PG_lru[F0]@0| |PG_lru[F1]@0|)))
      (a!68 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!69 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= gup0.page@0 #x00)
                      |PG_anon_exclusive[F0]@0|
                      |PG_anon_exclusive[F1]@0|)))
      (a!78 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!79 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x01
                 (ite (= gup0.page@0 #x00)
                      |folio.mapping[F0]@0|
                      |folio.mapping[F1]@0|)))
      (a!87 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!88 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= gup0.page@0 #x00)
                      |folio.index[F0]@0|
                      |folio.index[F1]@0|)))
      (a!96 (ite (= (ite (= migrate0.dst@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!97 (ite (= (ite (= gup0.page@0 #x00)
                         |folio.refcount[F0]@0|
                         |folio.refcount[F1]@0|)
                    #x01)
                 #x00
                 (ite (= gup0.page@0 #x00)
                      |folio.data[F0]@0|
                      |folio.data[F1]@0|)))
      (a!107 (ite (= (ite (= migrate0.dst@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!108 (ite (= (ite (= gup0.page@0 #x00)
                          |folio.refcount[F0]@0|
                          |folio.refcount[F1]@0|)
                     #x01)
                  #x00
                  (ite (= gup0.page@0 #x00)
                       |folio.node[F0]@0|
                       |folio.node[F1]@0|)))
      (a!116 (ite (and (= rule@0 #x24) true)
                  |pte.folio[P0][0]@0|
                  (ite (and (= rule@0 #x25) true) #x02 gup0.wait_folio@0)))
      (a!117 (ite (and (= rule@0 #x2d) true)
                  |pte.folio[P0][0]@0|
                  (ite (and (= rule@0 #x2e) true) #x02 fault0.wait_folio@0)))
      (a!118 (ite (and (= rule@0 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@0| #x01)
                  (ite (and (= rule@0 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@0| #x01)
                       |&mm->mmap_lock.readers[P0]@0|)))
      (a!122 (ite (and (= rule@0 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@0| #x01)
                  (ite (and (= rule@0 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@0| #x01)
                       |&anon_vma->rwsem.readers[av0]@0|)))
      (a!124 (ite (and (= rule@0 #x1a) (= migrate0.dst@0 #x00))
                  #x00
                  (ite (and (= rule@0 #x1c) true) #x00 |PG_locked[F0]@0|)))
      (a!127 (ite (and (= rule@0 #x0d) (= migrate0.dst@0 #x01))
                  #x01
                  (ite (and (= rule@0 #x1a) (= migrate0.dst@0 #x01))
                       #x00
                       |PG_locked[F1]@0|)))
      (a!128 (ite (and (= rule@0 #x20) true)
                  #x15
                  (ite (and (= rule@0 #x21) true) #x1f migrate0.pc@0)))
      (a!145 (ite (and (= rule@0 #x1e) true)
                  #x00
                  (ite (and (= rule@0 #x21) true) #x00 migrate0.isolated@0)))
      (a!147 (ite (and (= rule@0 #x1f) true)
                  #x02
                  (ite (and (= rule@0 #x20) true) #x02 migrate0.dst@0)))
      (a!149 (ite (and (= rule@0 #x0b) true)
                  #x01
                  (ite (and (= rule@0 #x1b) true) #x01 migrate0.anon_vma@0)))
      (a!151 (ite (and (= rule@0 #x18) true)
                  (bvadd migrate0.cursor@0 #x01)
                  (ite (and (= rule@0 #x19) true) #x00 migrate0.cursor@0)))
      (a!154 (ite (and (= rule@0 #x0e) true)
                  #x01
                  (ite (and (= rule@0 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@0)))
      (a!155 (ite (and (= rule@0 #x14) true)
                  #x00
                  (ite (and (= rule@0 #x15) true) #x01 migrate0.ok@0)))
      (a!157 (= migrate0.pass@1
                (ite (and (= rule@0 #x1f) true)
                     (bvadd migrate0.pass@0 #x01)
                     migrate0.pass@0)))
      (a!158 (ite (and (= rule@0 #x27) true)
                  #x04
                  (ite (and (= rule@0 #x28) true) #x05 gup0.pc@0)))
      (a!162 (ite (and (= rule@0 #x23) true)
                  |pte.folio[P0][0]@0|
                  (ite (and (= rule@0 #x28) true) #x02 gup0.page@0)))
      (a!163 (ite (and (= rule@0 #x2e) true)
                  #x00
                  (ite (and (= rule@0 #x2f) true) #x0c fault0.pc@0))))
(let ((a!10 (or (and (= rule@0 #x00)
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
                (and (= rule@0 #x09)
                     (= migrate0.pc@0 #x04)
                     (bvugt |folio.mapcount[F0]@0| #x00)
                     (not (= |folio.mapping[F0]@0| #x01))
                     (bvugt |anon_vma.refcount[av0]@0| #x00))
                (and (= rule@0 #x0a)
                     (= migrate0.pc@0 #x05)
                     (bvugt |folio.mapcount[F0]@0| #x00))
                (and (= rule@0 #x0b)
                     (= migrate0.pc@0 #x05)
                     (not (bvugt |folio.mapcount[F0]@0| #x00)))
                (and (= rule@0 #x0c) (= migrate0.pc@0 #x04) a!3)
                a!4
                (and (= rule@0 #x0e)
                     (= migrate0.pc@0 #x08)
                     (bvugt |folio.mapcount[F0]@0| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00))
                (and (= rule@0 #x0f)
                     (= migrate0.pc@0 #x08)
                     (not (bvugt |folio.mapcount[F0]@0| #x00)))
                (and (= rule@0 #x10)
                     (= migrate0.pc@0 #x09)
                     (bvult migrate0.cursor@0 |anon_vma.len[av0]@0|)
                     (bvugt |folio.mapcount[F0]@0| #x00)
                     (= |folio.index[F0]@0| #x00)
                     (= |ptlock_ptr(page)[P0]@0| #x00))
                a!5
                (and (= rule@0 #x12)
                     (= migrate0.pc@0 #x0a)
                     (not (bvugt |folio.mapcount[F0]@0| #x00))
                     (= |folio.refcount[F0]@0| #x02))
                (and (= rule@0 #x13)
                     (= migrate0.pc@0 #x0a)
                     (not (bvugt |folio.mapcount[F0]@0| #x00))
                     (not (= |folio.refcount[F0]@0| #x02)))
                (and (= rule@0 #x14)
                     (= migrate0.pc@0 #x0a)
                     (bvugt |folio.mapcount[F0]@0| #x00))
                (and (= rule@0 #x15) (= migrate0.pc@0 #x0b))
                (and (= rule@0 #x16) (= migrate0.pc@0 #x0c))
                (and (= rule@0 #x17)
                     (= migrate0.pc@0 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@0| #x00))
                (and (= rule@0 #x18)
                     (= migrate0.pc@0 #x0e)
                     (bvult migrate0.cursor@0 |anon_vma.len[av0]@0|)
                     (= |folio.index[F0]@0| #x00)
                     (= |ptlock_ptr(page)[P0]@0| #x00))
                (and (= rule@0 #x19)
                     (= migrate0.pc@0 #x0e)
                     (bvuge migrate0.cursor@0 |anon_vma.len[av0]@0|))
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
                     (= gup0.pc@0 #x00)
                     (not (= |alive[P0]@0| #x00))
                     (= |&mm->mmap_lock.writer[P0]@0| #x00))
                (and (= rule@0 #x23)
                     (= gup0.pc@0 #x01)
                     (= |ptlock_ptr(page)[P0]@0| #x00)
                     (= |pte[P0][0]@0| #x01)
                     (not (= |pte.write[P0][0]@0| #x00)))
                (and (= rule@0 #x24)
                     (= gup0.pc@0 #x01)
                     (= |ptlock_ptr(page)[P0]@0| #x00)
                     (not (= |pte[P0][0]@0| #x00))
                     (not (= |pte[P0][0]@0| #x01)))
                a!6
                (and (= rule@0 #x26)
                     (= gup0.pc@0 #x01)
                     (= |ptlock_ptr(page)[P0]@0| #x00)
                     a!7
                     a!8)
                (and (= rule@0 #x27) (= gup0.pc@0 #x03))
                (and (= rule@0 #x28) (= gup0.pc@0 #x04))
                (and (= rule@0 #x29)
                     (= fault0.pc@0 #x00)
                     (not (= |alive[P0]@0| #x00))
                     (= |pte[P0][0]@0| #x01))
                (and (= rule@0 #x2a)
                     (= fault0.pc@0 #x00)
                     (not (= |alive[P0]@0| #x00))
                     (not (= |pte[P0][0]@0| #x01)))
                (and (= rule@0 #x2b)
                     (= fault0.pc@0 #x01)
                     (= |&mm->mmap_lock.writer[P0]@0| #x00))
                (and (= rule@0 #x2c)
                     (= fault0.pc@0 #x02)
                     (= |ptlock_ptr(page)[P0]@0| #x00)
                     (= |pte[P0][0]@0| #x01))
                (and (= rule@0 #x2d)
                     (= fault0.pc@0 #x02)
                     (= |ptlock_ptr(page)[P0]@0| #x00)
                     (not (= |pte[P0][0]@0| #x00))
                     (not (= |pte[P0][0]@0| #x01)))
                a!9
                (and (= rule@0 #x2f)
                     (= fault0.pc@0 #x02)
                     (= |pte[P0][0]@0| #x00))))
      (a!13 (ite (and (= rule@0 #x10) (= |anon_vma.list[av0][0]@0| #x00))
                 (ite (and (= |pte[P0][0]@0| #x01)
                           (= |pte.folio[P0][0]@0| #x00))
                      a!11
                      |pte[P0][0]@0|)
                 (ite (and (= rule@0 #x18) (= |anon_vma.list[av0][0]@0| #x00))
                      (ite a!12 #x01 |pte[P0][0]@0|)
                      |pte[P0][0]@0|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@0 #x00)) migrate0.dst@0 #x00)
                 |pte.folio[P0][0]@0|))
      (a!16 (ite (and (= rule@0 #x18) (= |anon_vma.list[av0][0]@0| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@0| #x04) #x01 #x00)
                      |pte.write[P0][0]@0|)
                 |pte.write[P0][0]@0|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@0 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@0|
                   (bvadd (ite (= migrate0.anon_vma@0 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@0 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@0 #x01))
                      (= |anon_vma.refcount[av0]@0| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!29
                      |folio.used[F0]@0|)))
      (a!34 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!28
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                      a!29
                      |folio.used[F1]@0|)))
      (a!40 (ite (and (= rule@0 #x23) (= |pte.folio[P0][0]@0| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@0| #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@0 #x23) (= |pte.folio[P0][0]@0| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@0| #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@0| |folio.mapcount[F1]@0|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@0| |folio.mapcount[F1]@0|)))
      (a!59 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 #x01)
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!58
                      |PG_lru[F0]@0|)))
      (a!64 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                      a!58
                      |PG_lru[F1]@0|)))
      (a!67 (ite (and (not (= |pte[P0][0]@0| #x00))
                      (not (= |pte[P0][0]@0| #x01))
                      (= |pte.folio[P0][0]@0| #x00)
                      (not (= |pte[P0][0]@0| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@0| |PG_anon_exclusive[F1]@0|)))
      (a!70 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@0|)))
      (a!75 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!68
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@0|)))
      (a!80 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!79
                      |folio.mapping[F0]@0|)))
      (a!84 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!78
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                      a!79
                      |folio.mapping[F1]@0|)))
      (a!89 (ite (and (= rule@0 #x21) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!88
                      |folio.index[F0]@0|)))
      (a!93 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 a!87
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                      a!88
                      |folio.index[F1]@0|)))
      (a!98 (ite (and (= rule@0 #x27) (= gup0.page@0 #x00))
                 #x02
                 (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                      a!97
                      |folio.data[F0]@0|)))
      (a!103 (ite (and (= rule@0 #x27) (= gup0.page@0 #x01))
                  #x02
                  (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                       a!97
                       |folio.data[F1]@0|)))
      (a!109 (ite (and (= rule@0 #x21) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x28) (= gup0.page@0 #x00))
                       a!108
                       |folio.node[F0]@0|)))
      (a!113 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                  a!107
                  (ite (and (= rule@0 #x28) (= gup0.page@0 #x01))
                       a!108
                       |folio.node[F1]@0|)))
      (a!119 (ite (and (= rule@0 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@0| #x01)
                  (ite (and (= rule@0 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@0| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@0 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@0| #x01)
                  (ite (and (= rule@0 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@0| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@0 #x08) true)
                  #x01
                  (ite (and (= rule@0 #x0d) (= migrate0.dst@0 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@0 #x1e) true)
                  #x1f
                  (ite (and (= rule@0 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@0 #x03) true)
                  a!27
                  (ite (and (= rule@0 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@1
                (ite (and (= rule@0 #x09) true) |folio.mapping[F0]@0| a!149)))
      (a!152 (ite (and (= rule@0 #x11) true)
                  #x00
                  (ite (and (= rule@0 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@0 #x06) true)
                  #x00
                  (ite (and (= rule@0 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@0 #x25) true)
                  #x01
                  (ite (and (= rule@0 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@0 #x2c) true)
                  #x00
                  (ite (and (= rule@0 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@1|
               (ite (and (= rule@0 #x18) (= |anon_vma.list[av0][0]@0| #x00))
                    a!14
                    |pte.folio[P0][0]@0|)))
      (a!17 (ite (and (= rule@0 #x10) (= |anon_vma.list[av0][0]@0| #x00))
                 (ite (and (= |pte[P0][0]@0| #x01)
                           (= |pte.folio[P0][0]@0| #x00))
                      #x00
                      |pte.write[P0][0]@0|)
                 a!16))
      (a!25 (ite (and (= rule@0 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@0| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@0|)
                 |anon_vma.refcount[av0]@0|))
      (a!31 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!28
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!28
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x21) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@0 #x10) true)
                 (ite (and (= |pte[P0][0]@0| #x01)
                           (= |pte.folio[P0][0]@0| #x00))
                      (bvsub |folio.mapcount[F0]@0| #x01)
                      |folio.mapcount[F0]@0|)
                 (ite (and (= rule@0 #x18) a!38) a!54 |folio.mapcount[F0]@0|)))
      (a!56 (= |folio.mapcount[F1]@1|
               (ite (and (= rule@0 #x18) a!47) a!54 |folio.mapcount[F1]@0|)))
      (a!60 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!57
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!68
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!68
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!78
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!78
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 a!87
                 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 a!87
                 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                 a!96
                 (ite (and (= rule@0 #x21) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.data[F0]@0|)
                      a!98)))
      (a!104 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                  a!96
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                  a!107
                  (ite (and (= rule@0 #x20) (= migrate0.dst@0 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                  a!107
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@0 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@0| #x01)
                  (ite (and (= rule@0 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@0| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@1| (ite (and (= rule@0 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@0 #x1c) true)
                  (ite (not (= migrate0.ok@0 #x00)) #x12 #x14)
                  (ite (and (= rule@0 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@0 #x0e) true)
                  #x00
                  (ite (and (= rule@0 #x10) true)
                       (bvadd migrate0.cursor@0 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@0 #x23) true)
                  #x03
                  (ite (and (= rule@0 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@0 #x2a) true)
                  #x01
                  (ite (and (= rule@0 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@0 #x09) (= |folio.mapping[F0]@0| #x00))
                 (bvadd |anon_vma.refcount[av0]@0| #x01)
                 (ite (and (= rule@0 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@0|)
                      a!25)))
      (a!32 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!28
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.used[F0]@0|)
                      a!31)))
      (a!36 (= |folio.used[F1]@1|
               (ite (and (= rule@0 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!57
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@1|
               (ite (and (= rule@0 #x16) (= migrate0.dst@0 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!68
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@0|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@1|
               (ite (and (= rule@0 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!78
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x01
                           |folio.mapping[F0]@0|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@1|
               (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x01))
                    |folio.mapping[F0]@0|
                    a!85)))
      (a!91 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 a!87
                 (ite (and (= rule@0 #x1e) true)
                      (ite (= |folio.refcount[F0]@0| #x01)
                           #x00
                           |folio.index[F0]@0|)
                      a!90)))
      (a!95 (= |folio.index[F1]@1|
               (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x01))
                    |folio.index[F0]@0|
                    a!94)))
      (a!100 (ite (and (= rule@0 #x1e) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                  (ite (and (= rule@0 #x1f) (= migrate0.dst@0 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@0 #x15) (= migrate0.dst@0 #x01))
                  |folio.data[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                  a!107
                  (ite (and (= rule@0 #x1e) true)
                       (ite (= |folio.refcount[F0]@0| #x01)
                            #x00
                            |folio.node[F0]@0|)
                       a!110)))
      (a!115 (= |folio.node[F1]@1|
                (ite (and (= rule@0 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@0|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@1|
                (ite (and (= rule@0 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@0| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@0 #x1a) true)
                  #x10
                  (ite (and (= rule@0 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@1 (ite (and (= rule@0 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@1 (ite (and (= rule@0 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@0 #x02) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.used[F0]@0|)
                 (ite (and (= rule@0 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 (ite (and (= rule@0 #x1e) true)
                      (bvsub |folio.refcount[F0]@0| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x01))
                 (bvsub (ite (= migrate0.dst@0 #x00)
                             |folio.refcount[F0]@0|
                             |folio.refcount[F1]@0|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@0 #x02) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |PG_lru[F0]@0|)
                 (ite (and (= rule@0 #x16) (= migrate0.dst@0 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@0 #x10) true)
                 (ite (and (= |pte[P0][0]@0| #x01)
                           (= |pte.folio[P0][0]@0| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@0|)
                 (ite (and (= rule@0 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@0 #x02) true)
                 (ite (= |folio.refcount[F0]@0| #x01)
                      #x01
                      |folio.mapping[F0]@0|)
                 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x00))
                      |folio.mapping[F0]@0|
                      a!82)))
      (a!92 (ite (and (= rule@0 #x02) true)
                 (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.index[F0]@0|)
                 (ite (and (= rule@0 #x12) (= migrate0.dst@0 #x00))
                      |folio.index[F0]@0|
                      a!91)))
      (a!101 (ite (and (= rule@0 #x15) (= migrate0.dst@0 #x00))
                  |folio.data[F0]@0|
                  (ite (and (= rule@0 #x1d) (= migrate0.dst@0 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@1|
                (ite (and (= rule@0 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@0 #x02) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.node[F0]@0|)
                  (ite (and (= rule@0 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@0|)
                       a!111)))
      (a!132 (ite (and (= rule@0 #x17) true)
                  #x0e
                  (ite (and (= rule@0 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@0 #x10) true)
                 a!37
                 (ite (and (= rule@0 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@0|
                                  |folio.refcount[F1]@0|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@0 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@0 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@0|
                                  |folio.refcount[F1]@0|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@1| (ite (and (= rule@0 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@1|
               (ite (and (= rule@0 #x02) true)
                    (ite (= |folio.refcount[F0]@0| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@0|)
                    a!73)))
      (a!102 (ite (and (= rule@0 #x02) true)
                  (ite (= |folio.refcount[F0]@0| #x01) #x00 |folio.data[F0]@0|)
                  (ite (and (= rule@0 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@0 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@0 #x02) true)
                 (bvsub |folio.refcount[F0]@0| #x01)
                 (ite (and (= rule@0 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@0 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  (ite (and (= rule@0 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@1|
               (ite (and (= rule@0 #x00) true)
                    (bvadd |folio.refcount[F0]@0| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@0 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@0 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@0 #x11) true)
                  #x0a
                  (ite (and (= rule@0 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@0 #x0e) true)
                  #x09
                  (ite (and (= rule@0 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@0 #x0c) true)
                  #x06
                  (ite (and (= rule@0 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@0 #x0a) true)
                  #x06
                  (ite (and (= rule@0 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@0 #x08) true)
                  #x04
                  (ite (and (= rule@0 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@0 #x06) true)
                  #x14
                  (ite (and (= rule@0 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@0 #x04) true)
                  #x15
                  (ite (and (= rule@0 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@0 #x02) true)
                  #x1f
                  (ite (and (= rule@0 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@0 #x00) true)
                  #x01
                  (ite (and (= rule@0 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@1| |alive[P0]@0|)
       (= |pte[P0][0]@1| a!13)
       a!15
       (= |pte.write[P0][0]@1| a!17)
       a!18
       (= |anon_vma.list[av0][0]@1| |anon_vma.list[av0][0]@0|)
       (= |anon_vma.len[av0]@1| |anon_vma.len[av0]@0|)
       (= |anon_vma.refcount[av0]@1| a!26)
       (= |folio.used[F0]@1| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@1| a!53)
       (= |folio.mapcount[F0]@1| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@1| a!83)
       a!86
       (= |folio.index[F0]@1| a!92)
       a!95
       (= |folio.data[F0]@1| a!102)
       a!106
       (= |folio.node[F0]@1| a!112)
       a!115
       (= gup0.wait_folio@1 a!116)
       (= fault0.wait_folio@1 a!117)
       (= |&mm->mmap_lock.writer[P0]@1| |&mm->mmap_lock.writer[P0]@0|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@1| |&anon_vma->rwsem.writer[av0]@0|)
       (= |&anon_vma->rwsem.readers[av0]@1| a!123)
       (= |ptlock_ptr(page)[P0]@1| |ptlock_ptr(page)[P0]@0|)
       a!126
       (= |PG_locked[F1]@1| a!127)
       (= migrate0.pc@1 a!144)
       (= migrate0.isolated@1 a!146)
       (= migrate0.dst@1 a!148)
       a!150
       (= migrate0.cursor@1 a!153)
       (= migrate0.page_was_mapped@1 a!154)
       (= migrate0.ok@1 a!156)
       a!157
       a!161
       (= gup0.page@1 a!162)
       a!166
       (= fault0.old_page@1 fault0.old_page@0)
       (= fault0.new_page@1 fault0.new_page@0)
       (bvule |alive[P0]@1| #x01)
       (bvule |pte[P0][0]@1| #x07)
       (bvule |pte.folio[P0][0]@1| #x01)
       (bvule |pte.write[P0][0]@1| #x01)
       (bvule |expected[P0][0]@1| #x02)
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
       (bvule |folio.data[F0]@1| #x02)
       (bvule |folio.data[F1]@1| #x02)
       (bvule |folio.node[F0]@1| #x01)
       (bvule |folio.node[F1]@1| #x01)
       (bvule gup0.wait_folio@1 #x02)
       (bvule fault0.wait_folio@1 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@1| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@1| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@1| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@1| #x03)
       (bvule |ptlock_ptr(page)[P0]@1| #x03)
       (bvule |PG_locked[F0]@1| #x03)
       (bvule |PG_locked[F1]@1| #x03)
       (bvule migrate0.pc@1 #x1f)
       (bvule migrate0.isolated@1 #x01)
       (bvule migrate0.dst@1 #x02)
       (bvule migrate0.anon_vma@1 #x01)
       (bvule migrate0.cursor@1 #x01)
       (bvule migrate0.page_was_mapped@1 #x01)
       (bvule migrate0.ok@1 #x01)
       (bvule migrate0.pass@1 #x00)
       (bvule gup0.pc@1 #x05)
       (bvule gup0.page@1 #x02)
       (bvule fault0.pc@1 #x0c)
       (bvule fault0.old_page@1 #x02)
       (bvule fault0.new_page@1 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@1| #x00))
                     (not (= |PG_lru[F0]@1| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@1| #x00)))
               (not (not (= |folio.used[F1]@1| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@1| #x00)
                     (not (= |folio.mapping[F0]@1| #x01))
                     (bvugt |anon_vma.refcount[av0]@1| #x00))))
      (a!4 (and (= rule@1 #x0d)
                (= migrate0.pc@1 #x06)
                (= (ite (= migrate0.dst@1 #x00)
                        |PG_locked[F0]@1|
                        |PG_locked[F1]@1|)
                   #x00)))
      (a!5 (and (= rule@1 #x11)
                (= migrate0.pc@1 #x09)
                (or (bvuge migrate0.cursor@1 |anon_vma.len[av0]@1|)
                    (not (bvugt |folio.mapcount[F0]@1| #x00)))))
      (a!6 (and (= rule@1 #x25)
                (= gup0.pc@1 #x02)
                (= (ite (= gup0.wait_folio@1 #x00)
                        |PG_locked[F0]@1|
                        |PG_locked[F1]@1|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@1| #x01)
                     (not (= |pte.write[P0][0]@1| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@1| #x00))
                     (not (= |pte[P0][0]@1| #x01)))))
      (a!9 (and (= rule@1 #x2e)
                (= fault0.pc@1 #x06)
                (= (ite (= fault0.wait_folio@1 #x00)
                        |PG_locked[F0]@1|
                        |PG_locked[F1]@1|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@1| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@1| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@1| #x00))
                 (not (= |pte[P0][0]@1| #x01))
                 (= |pte.folio[P0][0]@1| #x00)))
      (a!18 (= |expected[P0][0]@2|
               (ite (and (= rule@1 #x27) true) #x02 |expected[P0][0]@1|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@1| #x01)
                      (not (= migrate0.anon_vma@1 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@1 #x01)) migrate0.anon_vma@1 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@1| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!29 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= gup0.page@1 #x00)
                      |folio.used[F0]@1|
                      |folio.used[F1]@1|)))
      (a!37 (bvsub |folio.refcount[F0]@1|
                   (ite (and (= |pte[P0][0]@1| #x01)
                             (= |pte.folio[P0][0]@1| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00) #x00))
      (a!39 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                 (bvsub (ite (= gup0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F0]@1|))
      (a!47 (= (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00) #x01))
      (a!48 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                 (bvsub (ite (= gup0.page@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 |folio.refcount[F1]@1|))
      (a!57 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!58 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= gup0.page@1 #x00) |PG_lru[F0]@1| |PG_lru[F1]@1|)))
      (a!68 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!69 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= gup0.page@1 #x00)
                      |PG_anon_exclusive[F0]@1|
                      |PG_anon_exclusive[F1]@1|)))
      (a!78 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!79 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x01
                 (ite (= gup0.page@1 #x00)
                      |folio.mapping[F0]@1|
                      |folio.mapping[F1]@1|)))
      (a!87 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!88 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= gup0.page@1 #x00)
                      |folio.index[F0]@1|
                      |folio.index[F1]@1|)))
      (a!96 (ite (= (ite (= migrate0.dst@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!97 (ite (= (ite (= gup0.page@1 #x00)
                         |folio.refcount[F0]@1|
                         |folio.refcount[F1]@1|)
                    #x01)
                 #x00
                 (ite (= gup0.page@1 #x00)
                      |folio.data[F0]@1|
                      |folio.data[F1]@1|)))
      (a!107 (ite (= (ite (= migrate0.dst@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!108 (ite (= (ite (= gup0.page@1 #x00)
                          |folio.refcount[F0]@1|
                          |folio.refcount[F1]@1|)
                     #x01)
                  #x00
                  (ite (= gup0.page@1 #x00)
                       |folio.node[F0]@1|
                       |folio.node[F1]@1|)))
      (a!116 (ite (and (= rule@1 #x24) true)
                  |pte.folio[P0][0]@1|
                  (ite (and (= rule@1 #x25) true) #x02 gup0.wait_folio@1)))
      (a!117 (ite (and (= rule@1 #x2d) true)
                  |pte.folio[P0][0]@1|
                  (ite (and (= rule@1 #x2e) true) #x02 fault0.wait_folio@1)))
      (a!118 (ite (and (= rule@1 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@1| #x01)
                  (ite (and (= rule@1 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@1| #x01)
                       |&mm->mmap_lock.readers[P0]@1|)))
      (a!122 (ite (and (= rule@1 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@1| #x01)
                  (ite (and (= rule@1 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@1| #x01)
                       |&anon_vma->rwsem.readers[av0]@1|)))
      (a!124 (ite (and (= rule@1 #x1a) (= migrate0.dst@1 #x00))
                  #x00
                  (ite (and (= rule@1 #x1c) true) #x00 |PG_locked[F0]@1|)))
      (a!127 (ite (and (= rule@1 #x0d) (= migrate0.dst@1 #x01))
                  #x01
                  (ite (and (= rule@1 #x1a) (= migrate0.dst@1 #x01))
                       #x00
                       |PG_locked[F1]@1|)))
      (a!128 (ite (and (= rule@1 #x20) true)
                  #x15
                  (ite (and (= rule@1 #x21) true) #x1f migrate0.pc@1)))
      (a!145 (ite (and (= rule@1 #x1e) true)
                  #x00
                  (ite (and (= rule@1 #x21) true) #x00 migrate0.isolated@1)))
      (a!147 (ite (and (= rule@1 #x1f) true)
                  #x02
                  (ite (and (= rule@1 #x20) true) #x02 migrate0.dst@1)))
      (a!149 (ite (and (= rule@1 #x0b) true)
                  #x01
                  (ite (and (= rule@1 #x1b) true) #x01 migrate0.anon_vma@1)))
      (a!151 (ite (and (= rule@1 #x18) true)
                  (bvadd migrate0.cursor@1 #x01)
                  (ite (and (= rule@1 #x19) true) #x00 migrate0.cursor@1)))
      (a!154 (ite (and (= rule@1 #x0e) true)
                  #x01
                  (ite (and (= rule@1 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@1)))
      (a!155 (ite (and (= rule@1 #x14) true)
                  #x00
                  (ite (and (= rule@1 #x15) true) #x01 migrate0.ok@1)))
      (a!157 (= migrate0.pass@2
                (ite (and (= rule@1 #x1f) true)
                     (bvadd migrate0.pass@1 #x01)
                     migrate0.pass@1)))
      (a!158 (ite (and (= rule@1 #x27) true)
                  #x04
                  (ite (and (= rule@1 #x28) true) #x05 gup0.pc@1)))
      (a!162 (ite (and (= rule@1 #x23) true)
                  |pte.folio[P0][0]@1|
                  (ite (and (= rule@1 #x28) true) #x02 gup0.page@1)))
      (a!163 (ite (and (= rule@1 #x2e) true)
                  #x00
                  (ite (and (= rule@1 #x2f) true) #x0c fault0.pc@1))))
(let ((a!10 (or (and (= rule@1 #x00)
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
                (and (= rule@1 #x09)
                     (= migrate0.pc@1 #x04)
                     (bvugt |folio.mapcount[F0]@1| #x00)
                     (not (= |folio.mapping[F0]@1| #x01))
                     (bvugt |anon_vma.refcount[av0]@1| #x00))
                (and (= rule@1 #x0a)
                     (= migrate0.pc@1 #x05)
                     (bvugt |folio.mapcount[F0]@1| #x00))
                (and (= rule@1 #x0b)
                     (= migrate0.pc@1 #x05)
                     (not (bvugt |folio.mapcount[F0]@1| #x00)))
                (and (= rule@1 #x0c) (= migrate0.pc@1 #x04) a!3)
                a!4
                (and (= rule@1 #x0e)
                     (= migrate0.pc@1 #x08)
                     (bvugt |folio.mapcount[F0]@1| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00))
                (and (= rule@1 #x0f)
                     (= migrate0.pc@1 #x08)
                     (not (bvugt |folio.mapcount[F0]@1| #x00)))
                (and (= rule@1 #x10)
                     (= migrate0.pc@1 #x09)
                     (bvult migrate0.cursor@1 |anon_vma.len[av0]@1|)
                     (bvugt |folio.mapcount[F0]@1| #x00)
                     (= |folio.index[F0]@1| #x00)
                     (= |ptlock_ptr(page)[P0]@1| #x00))
                a!5
                (and (= rule@1 #x12)
                     (= migrate0.pc@1 #x0a)
                     (not (bvugt |folio.mapcount[F0]@1| #x00))
                     (= |folio.refcount[F0]@1| #x02))
                (and (= rule@1 #x13)
                     (= migrate0.pc@1 #x0a)
                     (not (bvugt |folio.mapcount[F0]@1| #x00))
                     (not (= |folio.refcount[F0]@1| #x02)))
                (and (= rule@1 #x14)
                     (= migrate0.pc@1 #x0a)
                     (bvugt |folio.mapcount[F0]@1| #x00))
                (and (= rule@1 #x15) (= migrate0.pc@1 #x0b))
                (and (= rule@1 #x16) (= migrate0.pc@1 #x0c))
                (and (= rule@1 #x17)
                     (= migrate0.pc@1 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@1| #x00))
                (and (= rule@1 #x18)
                     (= migrate0.pc@1 #x0e)
                     (bvult migrate0.cursor@1 |anon_vma.len[av0]@1|)
                     (= |folio.index[F0]@1| #x00)
                     (= |ptlock_ptr(page)[P0]@1| #x00))
                (and (= rule@1 #x19)
                     (= migrate0.pc@1 #x0e)
                     (bvuge migrate0.cursor@1 |anon_vma.len[av0]@1|))
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
                     (= gup0.pc@1 #x00)
                     (not (= |alive[P0]@1| #x00))
                     (= |&mm->mmap_lock.writer[P0]@1| #x00))
                (and (= rule@1 #x23)
                     (= gup0.pc@1 #x01)
                     (= |ptlock_ptr(page)[P0]@1| #x00)
                     (= |pte[P0][0]@1| #x01)
                     (not (= |pte.write[P0][0]@1| #x00)))
                (and (= rule@1 #x24)
                     (= gup0.pc@1 #x01)
                     (= |ptlock_ptr(page)[P0]@1| #x00)
                     (not (= |pte[P0][0]@1| #x00))
                     (not (= |pte[P0][0]@1| #x01)))
                a!6
                (and (= rule@1 #x26)
                     (= gup0.pc@1 #x01)
                     (= |ptlock_ptr(page)[P0]@1| #x00)
                     a!7
                     a!8)
                (and (= rule@1 #x27) (= gup0.pc@1 #x03))
                (and (= rule@1 #x28) (= gup0.pc@1 #x04))
                (and (= rule@1 #x29)
                     (= fault0.pc@1 #x00)
                     (not (= |alive[P0]@1| #x00))
                     (= |pte[P0][0]@1| #x01))
                (and (= rule@1 #x2a)
                     (= fault0.pc@1 #x00)
                     (not (= |alive[P0]@1| #x00))
                     (not (= |pte[P0][0]@1| #x01)))
                (and (= rule@1 #x2b)
                     (= fault0.pc@1 #x01)
                     (= |&mm->mmap_lock.writer[P0]@1| #x00))
                (and (= rule@1 #x2c)
                     (= fault0.pc@1 #x02)
                     (= |ptlock_ptr(page)[P0]@1| #x00)
                     (= |pte[P0][0]@1| #x01))
                (and (= rule@1 #x2d)
                     (= fault0.pc@1 #x02)
                     (= |ptlock_ptr(page)[P0]@1| #x00)
                     (not (= |pte[P0][0]@1| #x00))
                     (not (= |pte[P0][0]@1| #x01)))
                a!9
                (and (= rule@1 #x2f)
                     (= fault0.pc@1 #x02)
                     (= |pte[P0][0]@1| #x00))))
      (a!13 (ite (and (= rule@1 #x10) (= |anon_vma.list[av0][0]@1| #x00))
                 (ite (and (= |pte[P0][0]@1| #x01)
                           (= |pte.folio[P0][0]@1| #x00))
                      a!11
                      |pte[P0][0]@1|)
                 (ite (and (= rule@1 #x18) (= |anon_vma.list[av0][0]@1| #x00))
                      (ite a!12 #x01 |pte[P0][0]@1|)
                      |pte[P0][0]@1|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@1 #x00)) migrate0.dst@1 #x00)
                 |pte.folio[P0][0]@1|))
      (a!16 (ite (and (= rule@1 #x18) (= |anon_vma.list[av0][0]@1| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@1| #x04) #x01 #x00)
                      |pte.write[P0][0]@1|)
                 |pte.write[P0][0]@1|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@1 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@1|
                   (bvadd (ite (= migrate0.anon_vma@1 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@1 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@1 #x01))
                      (= |anon_vma.refcount[av0]@1| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!29
                      |folio.used[F0]@1|)))
      (a!34 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!28
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                      a!29
                      |folio.used[F1]@1|)))
      (a!40 (ite (and (= rule@1 #x23) (= |pte.folio[P0][0]@1| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@1| #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@1 #x23) (= |pte.folio[P0][0]@1| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@1| #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@1| |folio.mapcount[F1]@1|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@1| |folio.mapcount[F1]@1|)))
      (a!59 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 #x01)
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!58
                      |PG_lru[F0]@1|)))
      (a!64 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                      a!58
                      |PG_lru[F1]@1|)))
      (a!67 (ite (and (not (= |pte[P0][0]@1| #x00))
                      (not (= |pte[P0][0]@1| #x01))
                      (= |pte.folio[P0][0]@1| #x00)
                      (not (= |pte[P0][0]@1| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@1| |PG_anon_exclusive[F1]@1|)))
      (a!70 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@1|)))
      (a!75 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!68
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@1|)))
      (a!80 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!79
                      |folio.mapping[F0]@1|)))
      (a!84 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!78
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                      a!79
                      |folio.mapping[F1]@1|)))
      (a!89 (ite (and (= rule@1 #x21) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!88
                      |folio.index[F0]@1|)))
      (a!93 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 a!87
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                      a!88
                      |folio.index[F1]@1|)))
      (a!98 (ite (and (= rule@1 #x27) (= gup0.page@1 #x00))
                 #x02
                 (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                      a!97
                      |folio.data[F0]@1|)))
      (a!103 (ite (and (= rule@1 #x27) (= gup0.page@1 #x01))
                  #x02
                  (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                       a!97
                       |folio.data[F1]@1|)))
      (a!109 (ite (and (= rule@1 #x21) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x28) (= gup0.page@1 #x00))
                       a!108
                       |folio.node[F0]@1|)))
      (a!113 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                  a!107
                  (ite (and (= rule@1 #x28) (= gup0.page@1 #x01))
                       a!108
                       |folio.node[F1]@1|)))
      (a!119 (ite (and (= rule@1 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@1| #x01)
                  (ite (and (= rule@1 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@1| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@1 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@1| #x01)
                  (ite (and (= rule@1 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@1| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@1 #x08) true)
                  #x01
                  (ite (and (= rule@1 #x0d) (= migrate0.dst@1 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@1 #x1e) true)
                  #x1f
                  (ite (and (= rule@1 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@1 #x03) true)
                  a!27
                  (ite (and (= rule@1 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@2
                (ite (and (= rule@1 #x09) true) |folio.mapping[F0]@1| a!149)))
      (a!152 (ite (and (= rule@1 #x11) true)
                  #x00
                  (ite (and (= rule@1 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@1 #x06) true)
                  #x00
                  (ite (and (= rule@1 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@1 #x25) true)
                  #x01
                  (ite (and (= rule@1 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@1 #x2c) true)
                  #x00
                  (ite (and (= rule@1 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@2|
               (ite (and (= rule@1 #x18) (= |anon_vma.list[av0][0]@1| #x00))
                    a!14
                    |pte.folio[P0][0]@1|)))
      (a!17 (ite (and (= rule@1 #x10) (= |anon_vma.list[av0][0]@1| #x00))
                 (ite (and (= |pte[P0][0]@1| #x01)
                           (= |pte.folio[P0][0]@1| #x00))
                      #x00
                      |pte.write[P0][0]@1|)
                 a!16))
      (a!25 (ite (and (= rule@1 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@1| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@1|)
                 |anon_vma.refcount[av0]@1|))
      (a!31 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!28
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!28
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x21) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@1 #x10) true)
                 (ite (and (= |pte[P0][0]@1| #x01)
                           (= |pte.folio[P0][0]@1| #x00))
                      (bvsub |folio.mapcount[F0]@1| #x01)
                      |folio.mapcount[F0]@1|)
                 (ite (and (= rule@1 #x18) a!38) a!54 |folio.mapcount[F0]@1|)))
      (a!56 (= |folio.mapcount[F1]@2|
               (ite (and (= rule@1 #x18) a!47) a!54 |folio.mapcount[F1]@1|)))
      (a!60 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!57
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!68
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!68
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!78
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!78
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 a!87
                 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 a!87
                 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                 a!96
                 (ite (and (= rule@1 #x21) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.data[F0]@1|)
                      a!98)))
      (a!104 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                  a!96
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                  a!107
                  (ite (and (= rule@1 #x20) (= migrate0.dst@1 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                  a!107
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@1 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@1| #x01)
                  (ite (and (= rule@1 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@1| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@2| (ite (and (= rule@1 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@1 #x1c) true)
                  (ite (not (= migrate0.ok@1 #x00)) #x12 #x14)
                  (ite (and (= rule@1 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@1 #x0e) true)
                  #x00
                  (ite (and (= rule@1 #x10) true)
                       (bvadd migrate0.cursor@1 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@1 #x23) true)
                  #x03
                  (ite (and (= rule@1 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@1 #x2a) true)
                  #x01
                  (ite (and (= rule@1 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@1 #x09) (= |folio.mapping[F0]@1| #x00))
                 (bvadd |anon_vma.refcount[av0]@1| #x01)
                 (ite (and (= rule@1 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@1|)
                      a!25)))
      (a!32 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!28
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.used[F0]@1|)
                      a!31)))
      (a!36 (= |folio.used[F1]@2|
               (ite (and (= rule@1 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!57
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@2|
               (ite (and (= rule@1 #x16) (= migrate0.dst@1 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!68
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@1|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@2|
               (ite (and (= rule@1 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!78
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x01
                           |folio.mapping[F0]@1|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@2|
               (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x01))
                    |folio.mapping[F0]@1|
                    a!85)))
      (a!91 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 a!87
                 (ite (and (= rule@1 #x1e) true)
                      (ite (= |folio.refcount[F0]@1| #x01)
                           #x00
                           |folio.index[F0]@1|)
                      a!90)))
      (a!95 (= |folio.index[F1]@2|
               (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x01))
                    |folio.index[F0]@1|
                    a!94)))
      (a!100 (ite (and (= rule@1 #x1e) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  (ite (and (= rule@1 #x1f) (= migrate0.dst@1 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@1 #x15) (= migrate0.dst@1 #x01))
                  |folio.data[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                  a!107
                  (ite (and (= rule@1 #x1e) true)
                       (ite (= |folio.refcount[F0]@1| #x01)
                            #x00
                            |folio.node[F0]@1|)
                       a!110)))
      (a!115 (= |folio.node[F1]@2|
                (ite (and (= rule@1 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@1|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@2|
                (ite (and (= rule@1 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@1| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@1 #x1a) true)
                  #x10
                  (ite (and (= rule@1 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@2 (ite (and (= rule@1 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@2 (ite (and (= rule@1 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@1 #x02) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.used[F0]@1|)
                 (ite (and (= rule@1 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 (ite (and (= rule@1 #x1e) true)
                      (bvsub |folio.refcount[F0]@1| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x01))
                 (bvsub (ite (= migrate0.dst@1 #x00)
                             |folio.refcount[F0]@1|
                             |folio.refcount[F1]@1|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@1 #x02) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |PG_lru[F0]@1|)
                 (ite (and (= rule@1 #x16) (= migrate0.dst@1 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@1 #x10) true)
                 (ite (and (= |pte[P0][0]@1| #x01)
                           (= |pte.folio[P0][0]@1| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@1|)
                 (ite (and (= rule@1 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@1 #x02) true)
                 (ite (= |folio.refcount[F0]@1| #x01)
                      #x01
                      |folio.mapping[F0]@1|)
                 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x00))
                      |folio.mapping[F0]@1|
                      a!82)))
      (a!92 (ite (and (= rule@1 #x02) true)
                 (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.index[F0]@1|)
                 (ite (and (= rule@1 #x12) (= migrate0.dst@1 #x00))
                      |folio.index[F0]@1|
                      a!91)))
      (a!101 (ite (and (= rule@1 #x15) (= migrate0.dst@1 #x00))
                  |folio.data[F0]@1|
                  (ite (and (= rule@1 #x1d) (= migrate0.dst@1 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@2|
                (ite (and (= rule@1 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@1 #x02) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.node[F0]@1|)
                  (ite (and (= rule@1 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@1|)
                       a!111)))
      (a!132 (ite (and (= rule@1 #x17) true)
                  #x0e
                  (ite (and (= rule@1 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@1 #x10) true)
                 a!37
                 (ite (and (= rule@1 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@1 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@1 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@1|
                                  |folio.refcount[F1]@1|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@2| (ite (and (= rule@1 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@2|
               (ite (and (= rule@1 #x02) true)
                    (ite (= |folio.refcount[F0]@1| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@1|)
                    a!73)))
      (a!102 (ite (and (= rule@1 #x02) true)
                  (ite (= |folio.refcount[F0]@1| #x01) #x00 |folio.data[F0]@1|)
                  (ite (and (= rule@1 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@1 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@1 #x02) true)
                 (bvsub |folio.refcount[F0]@1| #x01)
                 (ite (and (= rule@1 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@1 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  (ite (and (= rule@1 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@2|
               (ite (and (= rule@1 #x00) true)
                    (bvadd |folio.refcount[F0]@1| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@1 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@1 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@1 #x11) true)
                  #x0a
                  (ite (and (= rule@1 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@1 #x0e) true)
                  #x09
                  (ite (and (= rule@1 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@1 #x0c) true)
                  #x06
                  (ite (and (= rule@1 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@1 #x0a) true)
                  #x06
                  (ite (and (= rule@1 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@1 #x08) true)
                  #x04
                  (ite (and (= rule@1 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@1 #x06) true)
                  #x14
                  (ite (and (= rule@1 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@1 #x04) true)
                  #x15
                  (ite (and (= rule@1 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@1 #x02) true)
                  #x1f
                  (ite (and (= rule@1 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@1 #x00) true)
                  #x01
                  (ite (and (= rule@1 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@2| |alive[P0]@1|)
       (= |pte[P0][0]@2| a!13)
       a!15
       (= |pte.write[P0][0]@2| a!17)
       a!18
       (= |anon_vma.list[av0][0]@2| |anon_vma.list[av0][0]@1|)
       (= |anon_vma.len[av0]@2| |anon_vma.len[av0]@1|)
       (= |anon_vma.refcount[av0]@2| a!26)
       (= |folio.used[F0]@2| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@2| a!53)
       (= |folio.mapcount[F0]@2| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@2| a!83)
       a!86
       (= |folio.index[F0]@2| a!92)
       a!95
       (= |folio.data[F0]@2| a!102)
       a!106
       (= |folio.node[F0]@2| a!112)
       a!115
       (= gup0.wait_folio@2 a!116)
       (= fault0.wait_folio@2 a!117)
       (= |&mm->mmap_lock.writer[P0]@2| |&mm->mmap_lock.writer[P0]@1|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@2| |&anon_vma->rwsem.writer[av0]@1|)
       (= |&anon_vma->rwsem.readers[av0]@2| a!123)
       (= |ptlock_ptr(page)[P0]@2| |ptlock_ptr(page)[P0]@1|)
       a!126
       (= |PG_locked[F1]@2| a!127)
       (= migrate0.pc@2 a!144)
       (= migrate0.isolated@2 a!146)
       (= migrate0.dst@2 a!148)
       a!150
       (= migrate0.cursor@2 a!153)
       (= migrate0.page_was_mapped@2 a!154)
       (= migrate0.ok@2 a!156)
       a!157
       a!161
       (= gup0.page@2 a!162)
       a!166
       (= fault0.old_page@2 fault0.old_page@1)
       (= fault0.new_page@2 fault0.new_page@1)
       (bvule |alive[P0]@2| #x01)
       (bvule |pte[P0][0]@2| #x07)
       (bvule |pte.folio[P0][0]@2| #x01)
       (bvule |pte.write[P0][0]@2| #x01)
       (bvule |expected[P0][0]@2| #x02)
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
       (bvule |folio.data[F0]@2| #x02)
       (bvule |folio.data[F1]@2| #x02)
       (bvule |folio.node[F0]@2| #x01)
       (bvule |folio.node[F1]@2| #x01)
       (bvule gup0.wait_folio@2 #x02)
       (bvule fault0.wait_folio@2 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@2| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@2| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@2| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@2| #x03)
       (bvule |ptlock_ptr(page)[P0]@2| #x03)
       (bvule |PG_locked[F0]@2| #x03)
       (bvule |PG_locked[F1]@2| #x03)
       (bvule migrate0.pc@2 #x1f)
       (bvule migrate0.isolated@2 #x01)
       (bvule migrate0.dst@2 #x02)
       (bvule migrate0.anon_vma@2 #x01)
       (bvule migrate0.cursor@2 #x01)
       (bvule migrate0.page_was_mapped@2 #x01)
       (bvule migrate0.ok@2 #x01)
       (bvule migrate0.pass@2 #x00)
       (bvule gup0.pc@2 #x05)
       (bvule gup0.page@2 #x02)
       (bvule fault0.pc@2 #x0c)
       (bvule fault0.old_page@2 #x02)
       (bvule fault0.new_page@2 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@2| #x00))
                     (not (= |PG_lru[F0]@2| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@2| #x00)))
               (not (not (= |folio.used[F1]@2| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@2| #x00)
                     (not (= |folio.mapping[F0]@2| #x01))
                     (bvugt |anon_vma.refcount[av0]@2| #x00))))
      (a!4 (and (= rule@2 #x0d)
                (= migrate0.pc@2 #x06)
                (= (ite (= migrate0.dst@2 #x00)
                        |PG_locked[F0]@2|
                        |PG_locked[F1]@2|)
                   #x00)))
      (a!5 (and (= rule@2 #x11)
                (= migrate0.pc@2 #x09)
                (or (bvuge migrate0.cursor@2 |anon_vma.len[av0]@2|)
                    (not (bvugt |folio.mapcount[F0]@2| #x00)))))
      (a!6 (and (= rule@2 #x25)
                (= gup0.pc@2 #x02)
                (= (ite (= gup0.wait_folio@2 #x00)
                        |PG_locked[F0]@2|
                        |PG_locked[F1]@2|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@2| #x01)
                     (not (= |pte.write[P0][0]@2| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@2| #x00))
                     (not (= |pte[P0][0]@2| #x01)))))
      (a!9 (and (= rule@2 #x2e)
                (= fault0.pc@2 #x06)
                (= (ite (= fault0.wait_folio@2 #x00)
                        |PG_locked[F0]@2|
                        |PG_locked[F1]@2|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@2| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@2| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@2| #x00))
                 (not (= |pte[P0][0]@2| #x01))
                 (= |pte.folio[P0][0]@2| #x00)))
      (a!18 (= |expected[P0][0]@3|
               (ite (and (= rule@2 #x27) true) #x02 |expected[P0][0]@2|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@2| #x01)
                      (not (= migrate0.anon_vma@2 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@2 #x01)) migrate0.anon_vma@2 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@2| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!29 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= gup0.page@2 #x00)
                      |folio.used[F0]@2|
                      |folio.used[F1]@2|)))
      (a!37 (bvsub |folio.refcount[F0]@2|
                   (ite (and (= |pte[P0][0]@2| #x01)
                             (= |pte.folio[P0][0]@2| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00) #x00))
      (a!39 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                 (bvsub (ite (= gup0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F0]@2|))
      (a!47 (= (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00) #x01))
      (a!48 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                 (bvsub (ite (= gup0.page@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 |folio.refcount[F1]@2|))
      (a!57 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!58 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= gup0.page@2 #x00) |PG_lru[F0]@2| |PG_lru[F1]@2|)))
      (a!68 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!69 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= gup0.page@2 #x00)
                      |PG_anon_exclusive[F0]@2|
                      |PG_anon_exclusive[F1]@2|)))
      (a!78 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!79 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x01
                 (ite (= gup0.page@2 #x00)
                      |folio.mapping[F0]@2|
                      |folio.mapping[F1]@2|)))
      (a!87 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!88 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= gup0.page@2 #x00)
                      |folio.index[F0]@2|
                      |folio.index[F1]@2|)))
      (a!96 (ite (= (ite (= migrate0.dst@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!97 (ite (= (ite (= gup0.page@2 #x00)
                         |folio.refcount[F0]@2|
                         |folio.refcount[F1]@2|)
                    #x01)
                 #x00
                 (ite (= gup0.page@2 #x00)
                      |folio.data[F0]@2|
                      |folio.data[F1]@2|)))
      (a!107 (ite (= (ite (= migrate0.dst@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!108 (ite (= (ite (= gup0.page@2 #x00)
                          |folio.refcount[F0]@2|
                          |folio.refcount[F1]@2|)
                     #x01)
                  #x00
                  (ite (= gup0.page@2 #x00)
                       |folio.node[F0]@2|
                       |folio.node[F1]@2|)))
      (a!116 (ite (and (= rule@2 #x24) true)
                  |pte.folio[P0][0]@2|
                  (ite (and (= rule@2 #x25) true) #x02 gup0.wait_folio@2)))
      (a!117 (ite (and (= rule@2 #x2d) true)
                  |pte.folio[P0][0]@2|
                  (ite (and (= rule@2 #x2e) true) #x02 fault0.wait_folio@2)))
      (a!118 (ite (and (= rule@2 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@2| #x01)
                  (ite (and (= rule@2 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@2| #x01)
                       |&mm->mmap_lock.readers[P0]@2|)))
      (a!122 (ite (and (= rule@2 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@2| #x01)
                  (ite (and (= rule@2 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@2| #x01)
                       |&anon_vma->rwsem.readers[av0]@2|)))
      (a!124 (ite (and (= rule@2 #x1a) (= migrate0.dst@2 #x00))
                  #x00
                  (ite (and (= rule@2 #x1c) true) #x00 |PG_locked[F0]@2|)))
      (a!127 (ite (and (= rule@2 #x0d) (= migrate0.dst@2 #x01))
                  #x01
                  (ite (and (= rule@2 #x1a) (= migrate0.dst@2 #x01))
                       #x00
                       |PG_locked[F1]@2|)))
      (a!128 (ite (and (= rule@2 #x20) true)
                  #x15
                  (ite (and (= rule@2 #x21) true) #x1f migrate0.pc@2)))
      (a!145 (ite (and (= rule@2 #x1e) true)
                  #x00
                  (ite (and (= rule@2 #x21) true) #x00 migrate0.isolated@2)))
      (a!147 (ite (and (= rule@2 #x1f) true)
                  #x02
                  (ite (and (= rule@2 #x20) true) #x02 migrate0.dst@2)))
      (a!149 (ite (and (= rule@2 #x0b) true)
                  #x01
                  (ite (and (= rule@2 #x1b) true) #x01 migrate0.anon_vma@2)))
      (a!151 (ite (and (= rule@2 #x18) true)
                  (bvadd migrate0.cursor@2 #x01)
                  (ite (and (= rule@2 #x19) true) #x00 migrate0.cursor@2)))
      (a!154 (ite (and (= rule@2 #x0e) true)
                  #x01
                  (ite (and (= rule@2 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@2)))
      (a!155 (ite (and (= rule@2 #x14) true)
                  #x00
                  (ite (and (= rule@2 #x15) true) #x01 migrate0.ok@2)))
      (a!157 (= migrate0.pass@3
                (ite (and (= rule@2 #x1f) true)
                     (bvadd migrate0.pass@2 #x01)
                     migrate0.pass@2)))
      (a!158 (ite (and (= rule@2 #x27) true)
                  #x04
                  (ite (and (= rule@2 #x28) true) #x05 gup0.pc@2)))
      (a!162 (ite (and (= rule@2 #x23) true)
                  |pte.folio[P0][0]@2|
                  (ite (and (= rule@2 #x28) true) #x02 gup0.page@2)))
      (a!163 (ite (and (= rule@2 #x2e) true)
                  #x00
                  (ite (and (= rule@2 #x2f) true) #x0c fault0.pc@2))))
(let ((a!10 (or (and (= rule@2 #x00)
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
                (and (= rule@2 #x09)
                     (= migrate0.pc@2 #x04)
                     (bvugt |folio.mapcount[F0]@2| #x00)
                     (not (= |folio.mapping[F0]@2| #x01))
                     (bvugt |anon_vma.refcount[av0]@2| #x00))
                (and (= rule@2 #x0a)
                     (= migrate0.pc@2 #x05)
                     (bvugt |folio.mapcount[F0]@2| #x00))
                (and (= rule@2 #x0b)
                     (= migrate0.pc@2 #x05)
                     (not (bvugt |folio.mapcount[F0]@2| #x00)))
                (and (= rule@2 #x0c) (= migrate0.pc@2 #x04) a!3)
                a!4
                (and (= rule@2 #x0e)
                     (= migrate0.pc@2 #x08)
                     (bvugt |folio.mapcount[F0]@2| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00))
                (and (= rule@2 #x0f)
                     (= migrate0.pc@2 #x08)
                     (not (bvugt |folio.mapcount[F0]@2| #x00)))
                (and (= rule@2 #x10)
                     (= migrate0.pc@2 #x09)
                     (bvult migrate0.cursor@2 |anon_vma.len[av0]@2|)
                     (bvugt |folio.mapcount[F0]@2| #x00)
                     (= |folio.index[F0]@2| #x00)
                     (= |ptlock_ptr(page)[P0]@2| #x00))
                a!5
                (and (= rule@2 #x12)
                     (= migrate0.pc@2 #x0a)
                     (not (bvugt |folio.mapcount[F0]@2| #x00))
                     (= |folio.refcount[F0]@2| #x02))
                (and (= rule@2 #x13)
                     (= migrate0.pc@2 #x0a)
                     (not (bvugt |folio.mapcount[F0]@2| #x00))
                     (not (= |folio.refcount[F0]@2| #x02)))
                (and (= rule@2 #x14)
                     (= migrate0.pc@2 #x0a)
                     (bvugt |folio.mapcount[F0]@2| #x00))
                (and (= rule@2 #x15) (= migrate0.pc@2 #x0b))
                (and (= rule@2 #x16) (= migrate0.pc@2 #x0c))
                (and (= rule@2 #x17)
                     (= migrate0.pc@2 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@2| #x00))
                (and (= rule@2 #x18)
                     (= migrate0.pc@2 #x0e)
                     (bvult migrate0.cursor@2 |anon_vma.len[av0]@2|)
                     (= |folio.index[F0]@2| #x00)
                     (= |ptlock_ptr(page)[P0]@2| #x00))
                (and (= rule@2 #x19)
                     (= migrate0.pc@2 #x0e)
                     (bvuge migrate0.cursor@2 |anon_vma.len[av0]@2|))
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
                     (= gup0.pc@2 #x00)
                     (not (= |alive[P0]@2| #x00))
                     (= |&mm->mmap_lock.writer[P0]@2| #x00))
                (and (= rule@2 #x23)
                     (= gup0.pc@2 #x01)
                     (= |ptlock_ptr(page)[P0]@2| #x00)
                     (= |pte[P0][0]@2| #x01)
                     (not (= |pte.write[P0][0]@2| #x00)))
                (and (= rule@2 #x24)
                     (= gup0.pc@2 #x01)
                     (= |ptlock_ptr(page)[P0]@2| #x00)
                     (not (= |pte[P0][0]@2| #x00))
                     (not (= |pte[P0][0]@2| #x01)))
                a!6
                (and (= rule@2 #x26)
                     (= gup0.pc@2 #x01)
                     (= |ptlock_ptr(page)[P0]@2| #x00)
                     a!7
                     a!8)
                (and (= rule@2 #x27) (= gup0.pc@2 #x03))
                (and (= rule@2 #x28) (= gup0.pc@2 #x04))
                (and (= rule@2 #x29)
                     (= fault0.pc@2 #x00)
                     (not (= |alive[P0]@2| #x00))
                     (= |pte[P0][0]@2| #x01))
                (and (= rule@2 #x2a)
                     (= fault0.pc@2 #x00)
                     (not (= |alive[P0]@2| #x00))
                     (not (= |pte[P0][0]@2| #x01)))
                (and (= rule@2 #x2b)
                     (= fault0.pc@2 #x01)
                     (= |&mm->mmap_lock.writer[P0]@2| #x00))
                (and (= rule@2 #x2c)
                     (= fault0.pc@2 #x02)
                     (= |ptlock_ptr(page)[P0]@2| #x00)
                     (= |pte[P0][0]@2| #x01))
                (and (= rule@2 #x2d)
                     (= fault0.pc@2 #x02)
                     (= |ptlock_ptr(page)[P0]@2| #x00)
                     (not (= |pte[P0][0]@2| #x00))
                     (not (= |pte[P0][0]@2| #x01)))
                a!9
                (and (= rule@2 #x2f)
                     (= fault0.pc@2 #x02)
                     (= |pte[P0][0]@2| #x00))))
      (a!13 (ite (and (= rule@2 #x10) (= |anon_vma.list[av0][0]@2| #x00))
                 (ite (and (= |pte[P0][0]@2| #x01)
                           (= |pte.folio[P0][0]@2| #x00))
                      a!11
                      |pte[P0][0]@2|)
                 (ite (and (= rule@2 #x18) (= |anon_vma.list[av0][0]@2| #x00))
                      (ite a!12 #x01 |pte[P0][0]@2|)
                      |pte[P0][0]@2|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@2 #x00)) migrate0.dst@2 #x00)
                 |pte.folio[P0][0]@2|))
      (a!16 (ite (and (= rule@2 #x18) (= |anon_vma.list[av0][0]@2| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@2| #x04) #x01 #x00)
                      |pte.write[P0][0]@2|)
                 |pte.write[P0][0]@2|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@2 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@2|
                   (bvadd (ite (= migrate0.anon_vma@2 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@2 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@2 #x01))
                      (= |anon_vma.refcount[av0]@2| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!29
                      |folio.used[F0]@2|)))
      (a!34 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!28
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                      a!29
                      |folio.used[F1]@2|)))
      (a!40 (ite (and (= rule@2 #x23) (= |pte.folio[P0][0]@2| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@2| #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@2 #x23) (= |pte.folio[P0][0]@2| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@2| #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@2| |folio.mapcount[F1]@2|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@2| |folio.mapcount[F1]@2|)))
      (a!59 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 #x01)
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!58
                      |PG_lru[F0]@2|)))
      (a!64 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                      a!58
                      |PG_lru[F1]@2|)))
      (a!67 (ite (and (not (= |pte[P0][0]@2| #x00))
                      (not (= |pte[P0][0]@2| #x01))
                      (= |pte.folio[P0][0]@2| #x00)
                      (not (= |pte[P0][0]@2| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@2| |PG_anon_exclusive[F1]@2|)))
      (a!70 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@2|)))
      (a!75 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!68
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@2|)))
      (a!80 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!79
                      |folio.mapping[F0]@2|)))
      (a!84 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!78
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                      a!79
                      |folio.mapping[F1]@2|)))
      (a!89 (ite (and (= rule@2 #x21) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!88
                      |folio.index[F0]@2|)))
      (a!93 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 a!87
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                      a!88
                      |folio.index[F1]@2|)))
      (a!98 (ite (and (= rule@2 #x27) (= gup0.page@2 #x00))
                 #x02
                 (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                      a!97
                      |folio.data[F0]@2|)))
      (a!103 (ite (and (= rule@2 #x27) (= gup0.page@2 #x01))
                  #x02
                  (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                       a!97
                       |folio.data[F1]@2|)))
      (a!109 (ite (and (= rule@2 #x21) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x28) (= gup0.page@2 #x00))
                       a!108
                       |folio.node[F0]@2|)))
      (a!113 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                  a!107
                  (ite (and (= rule@2 #x28) (= gup0.page@2 #x01))
                       a!108
                       |folio.node[F1]@2|)))
      (a!119 (ite (and (= rule@2 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@2| #x01)
                  (ite (and (= rule@2 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@2| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@2 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@2| #x01)
                  (ite (and (= rule@2 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@2| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@2 #x08) true)
                  #x01
                  (ite (and (= rule@2 #x0d) (= migrate0.dst@2 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@2 #x1e) true)
                  #x1f
                  (ite (and (= rule@2 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@2 #x03) true)
                  a!27
                  (ite (and (= rule@2 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@3
                (ite (and (= rule@2 #x09) true) |folio.mapping[F0]@2| a!149)))
      (a!152 (ite (and (= rule@2 #x11) true)
                  #x00
                  (ite (and (= rule@2 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@2 #x06) true)
                  #x00
                  (ite (and (= rule@2 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@2 #x25) true)
                  #x01
                  (ite (and (= rule@2 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@2 #x2c) true)
                  #x00
                  (ite (and (= rule@2 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@3|
               (ite (and (= rule@2 #x18) (= |anon_vma.list[av0][0]@2| #x00))
                    a!14
                    |pte.folio[P0][0]@2|)))
      (a!17 (ite (and (= rule@2 #x10) (= |anon_vma.list[av0][0]@2| #x00))
                 (ite (and (= |pte[P0][0]@2| #x01)
                           (= |pte.folio[P0][0]@2| #x00))
                      #x00
                      |pte.write[P0][0]@2|)
                 a!16))
      (a!25 (ite (and (= rule@2 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@2| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@2|)
                 |anon_vma.refcount[av0]@2|))
      (a!31 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!28
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!28
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x21) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@2 #x10) true)
                 (ite (and (= |pte[P0][0]@2| #x01)
                           (= |pte.folio[P0][0]@2| #x00))
                      (bvsub |folio.mapcount[F0]@2| #x01)
                      |folio.mapcount[F0]@2|)
                 (ite (and (= rule@2 #x18) a!38) a!54 |folio.mapcount[F0]@2|)))
      (a!56 (= |folio.mapcount[F1]@3|
               (ite (and (= rule@2 #x18) a!47) a!54 |folio.mapcount[F1]@2|)))
      (a!60 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!57
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!68
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!68
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!78
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!78
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 a!87
                 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 a!87
                 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                 a!96
                 (ite (and (= rule@2 #x21) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.data[F0]@2|)
                      a!98)))
      (a!104 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                  a!96
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                  a!107
                  (ite (and (= rule@2 #x20) (= migrate0.dst@2 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                  a!107
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@2 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@2| #x01)
                  (ite (and (= rule@2 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@2| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@3| (ite (and (= rule@2 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@2 #x1c) true)
                  (ite (not (= migrate0.ok@2 #x00)) #x12 #x14)
                  (ite (and (= rule@2 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@2 #x0e) true)
                  #x00
                  (ite (and (= rule@2 #x10) true)
                       (bvadd migrate0.cursor@2 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@2 #x23) true)
                  #x03
                  (ite (and (= rule@2 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@2 #x2a) true)
                  #x01
                  (ite (and (= rule@2 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@2 #x09) (= |folio.mapping[F0]@2| #x00))
                 (bvadd |anon_vma.refcount[av0]@2| #x01)
                 (ite (and (= rule@2 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@2|)
                      a!25)))
      (a!32 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!28
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.used[F0]@2|)
                      a!31)))
      (a!36 (= |folio.used[F1]@3|
               (ite (and (= rule@2 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!57
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@3|
               (ite (and (= rule@2 #x16) (= migrate0.dst@2 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!68
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@2|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@3|
               (ite (and (= rule@2 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!78
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x01
                           |folio.mapping[F0]@2|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@3|
               (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x01))
                    |folio.mapping[F0]@2|
                    a!85)))
      (a!91 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 a!87
                 (ite (and (= rule@2 #x1e) true)
                      (ite (= |folio.refcount[F0]@2| #x01)
                           #x00
                           |folio.index[F0]@2|)
                      a!90)))
      (a!95 (= |folio.index[F1]@3|
               (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x01))
                    |folio.index[F0]@2|
                    a!94)))
      (a!100 (ite (and (= rule@2 #x1e) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  (ite (and (= rule@2 #x1f) (= migrate0.dst@2 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@2 #x15) (= migrate0.dst@2 #x01))
                  |folio.data[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                  a!107
                  (ite (and (= rule@2 #x1e) true)
                       (ite (= |folio.refcount[F0]@2| #x01)
                            #x00
                            |folio.node[F0]@2|)
                       a!110)))
      (a!115 (= |folio.node[F1]@3|
                (ite (and (= rule@2 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@2|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@3|
                (ite (and (= rule@2 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@2| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@2 #x1a) true)
                  #x10
                  (ite (and (= rule@2 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@3 (ite (and (= rule@2 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@3 (ite (and (= rule@2 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@2 #x02) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.used[F0]@2|)
                 (ite (and (= rule@2 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 (ite (and (= rule@2 #x1e) true)
                      (bvsub |folio.refcount[F0]@2| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x01))
                 (bvsub (ite (= migrate0.dst@2 #x00)
                             |folio.refcount[F0]@2|
                             |folio.refcount[F1]@2|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@2 #x02) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |PG_lru[F0]@2|)
                 (ite (and (= rule@2 #x16) (= migrate0.dst@2 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@2 #x10) true)
                 (ite (and (= |pte[P0][0]@2| #x01)
                           (= |pte.folio[P0][0]@2| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@2|)
                 (ite (and (= rule@2 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@2 #x02) true)
                 (ite (= |folio.refcount[F0]@2| #x01)
                      #x01
                      |folio.mapping[F0]@2|)
                 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x00))
                      |folio.mapping[F0]@2|
                      a!82)))
      (a!92 (ite (and (= rule@2 #x02) true)
                 (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.index[F0]@2|)
                 (ite (and (= rule@2 #x12) (= migrate0.dst@2 #x00))
                      |folio.index[F0]@2|
                      a!91)))
      (a!101 (ite (and (= rule@2 #x15) (= migrate0.dst@2 #x00))
                  |folio.data[F0]@2|
                  (ite (and (= rule@2 #x1d) (= migrate0.dst@2 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@3|
                (ite (and (= rule@2 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@2 #x02) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.node[F0]@2|)
                  (ite (and (= rule@2 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@2|)
                       a!111)))
      (a!132 (ite (and (= rule@2 #x17) true)
                  #x0e
                  (ite (and (= rule@2 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@2 #x10) true)
                 a!37
                 (ite (and (= rule@2 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@2|
                                  |folio.refcount[F1]@2|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@2 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@2 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@2|
                                  |folio.refcount[F1]@2|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@3| (ite (and (= rule@2 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@3|
               (ite (and (= rule@2 #x02) true)
                    (ite (= |folio.refcount[F0]@2| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@2|)
                    a!73)))
      (a!102 (ite (and (= rule@2 #x02) true)
                  (ite (= |folio.refcount[F0]@2| #x01) #x00 |folio.data[F0]@2|)
                  (ite (and (= rule@2 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@2 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@2 #x02) true)
                 (bvsub |folio.refcount[F0]@2| #x01)
                 (ite (and (= rule@2 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@2 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  (ite (and (= rule@2 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@3|
               (ite (and (= rule@2 #x00) true)
                    (bvadd |folio.refcount[F0]@2| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@2 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@2 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@2 #x11) true)
                  #x0a
                  (ite (and (= rule@2 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@2 #x0e) true)
                  #x09
                  (ite (and (= rule@2 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@2 #x0c) true)
                  #x06
                  (ite (and (= rule@2 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@2 #x0a) true)
                  #x06
                  (ite (and (= rule@2 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@2 #x08) true)
                  #x04
                  (ite (and (= rule@2 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@2 #x06) true)
                  #x14
                  (ite (and (= rule@2 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@2 #x04) true)
                  #x15
                  (ite (and (= rule@2 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@2 #x02) true)
                  #x1f
                  (ite (and (= rule@2 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@2 #x00) true)
                  #x01
                  (ite (and (= rule@2 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@3| |alive[P0]@2|)
       (= |pte[P0][0]@3| a!13)
       a!15
       (= |pte.write[P0][0]@3| a!17)
       a!18
       (= |anon_vma.list[av0][0]@3| |anon_vma.list[av0][0]@2|)
       (= |anon_vma.len[av0]@3| |anon_vma.len[av0]@2|)
       (= |anon_vma.refcount[av0]@3| a!26)
       (= |folio.used[F0]@3| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@3| a!53)
       (= |folio.mapcount[F0]@3| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@3| a!83)
       a!86
       (= |folio.index[F0]@3| a!92)
       a!95
       (= |folio.data[F0]@3| a!102)
       a!106
       (= |folio.node[F0]@3| a!112)
       a!115
       (= gup0.wait_folio@3 a!116)
       (= fault0.wait_folio@3 a!117)
       (= |&mm->mmap_lock.writer[P0]@3| |&mm->mmap_lock.writer[P0]@2|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@3| |&anon_vma->rwsem.writer[av0]@2|)
       (= |&anon_vma->rwsem.readers[av0]@3| a!123)
       (= |ptlock_ptr(page)[P0]@3| |ptlock_ptr(page)[P0]@2|)
       a!126
       (= |PG_locked[F1]@3| a!127)
       (= migrate0.pc@3 a!144)
       (= migrate0.isolated@3 a!146)
       (= migrate0.dst@3 a!148)
       a!150
       (= migrate0.cursor@3 a!153)
       (= migrate0.page_was_mapped@3 a!154)
       (= migrate0.ok@3 a!156)
       a!157
       a!161
       (= gup0.page@3 a!162)
       a!166
       (= fault0.old_page@3 fault0.old_page@2)
       (= fault0.new_page@3 fault0.new_page@2)
       (bvule |alive[P0]@3| #x01)
       (bvule |pte[P0][0]@3| #x07)
       (bvule |pte.folio[P0][0]@3| #x01)
       (bvule |pte.write[P0][0]@3| #x01)
       (bvule |expected[P0][0]@3| #x02)
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
       (bvule |folio.data[F0]@3| #x02)
       (bvule |folio.data[F1]@3| #x02)
       (bvule |folio.node[F0]@3| #x01)
       (bvule |folio.node[F1]@3| #x01)
       (bvule gup0.wait_folio@3 #x02)
       (bvule fault0.wait_folio@3 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@3| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@3| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@3| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@3| #x03)
       (bvule |ptlock_ptr(page)[P0]@3| #x03)
       (bvule |PG_locked[F0]@3| #x03)
       (bvule |PG_locked[F1]@3| #x03)
       (bvule migrate0.pc@3 #x1f)
       (bvule migrate0.isolated@3 #x01)
       (bvule migrate0.dst@3 #x02)
       (bvule migrate0.anon_vma@3 #x01)
       (bvule migrate0.cursor@3 #x01)
       (bvule migrate0.page_was_mapped@3 #x01)
       (bvule migrate0.ok@3 #x01)
       (bvule migrate0.pass@3 #x00)
       (bvule gup0.pc@3 #x05)
       (bvule gup0.page@3 #x02)
       (bvule fault0.pc@3 #x0c)
       (bvule fault0.old_page@3 #x02)
       (bvule fault0.new_page@3 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@3| #x00)))
               (not (not (= |folio.used[F1]@3| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@3| #x00)
                     (not (= |folio.mapping[F0]@3| #x01))
                     (bvugt |anon_vma.refcount[av0]@3| #x00))))
      (a!4 (and (= rule@3 #x0d)
                (= migrate0.pc@3 #x06)
                (= (ite (= migrate0.dst@3 #x00)
                        |PG_locked[F0]@3|
                        |PG_locked[F1]@3|)
                   #x00)))
      (a!5 (and (= rule@3 #x11)
                (= migrate0.pc@3 #x09)
                (or (bvuge migrate0.cursor@3 |anon_vma.len[av0]@3|)
                    (not (bvugt |folio.mapcount[F0]@3| #x00)))))
      (a!6 (and (= rule@3 #x25)
                (= gup0.pc@3 #x02)
                (= (ite (= gup0.wait_folio@3 #x00)
                        |PG_locked[F0]@3|
                        |PG_locked[F1]@3|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@3| #x01)
                     (not (= |pte.write[P0][0]@3| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@3| #x00))
                     (not (= |pte[P0][0]@3| #x01)))))
      (a!9 (and (= rule@3 #x2e)
                (= fault0.pc@3 #x06)
                (= (ite (= fault0.wait_folio@3 #x00)
                        |PG_locked[F0]@3|
                        |PG_locked[F1]@3|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@3| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@3| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@3| #x00))
                 (not (= |pte[P0][0]@3| #x01))
                 (= |pte.folio[P0][0]@3| #x00)))
      (a!18 (= |expected[P0][0]@4|
               (ite (and (= rule@3 #x27) true) #x02 |expected[P0][0]@3|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@3| #x01)
                      (not (= migrate0.anon_vma@3 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@3 #x01)) migrate0.anon_vma@3 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@3| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!29 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= gup0.page@3 #x00)
                      |folio.used[F0]@3|
                      |folio.used[F1]@3|)))
      (a!37 (bvsub |folio.refcount[F0]@3|
                   (ite (and (= |pte[P0][0]@3| #x01)
                             (= |pte.folio[P0][0]@3| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@3 #x00)) migrate0.dst@3 #x00) #x00))
      (a!39 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                 (bvsub (ite (= gup0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F0]@3|))
      (a!47 (= (ite (not (= migrate0.ok@3 #x00)) migrate0.dst@3 #x00) #x01))
      (a!48 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                 (bvsub (ite (= gup0.page@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 |folio.refcount[F1]@3|))
      (a!57 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!58 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= gup0.page@3 #x00) |PG_lru[F0]@3| |PG_lru[F1]@3|)))
      (a!68 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!69 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= gup0.page@3 #x00)
                      |PG_anon_exclusive[F0]@3|
                      |PG_anon_exclusive[F1]@3|)))
      (a!78 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!79 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x01
                 (ite (= gup0.page@3 #x00)
                      |folio.mapping[F0]@3|
                      |folio.mapping[F1]@3|)))
      (a!87 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!88 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= gup0.page@3 #x00)
                      |folio.index[F0]@3|
                      |folio.index[F1]@3|)))
      (a!96 (ite (= (ite (= migrate0.dst@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!97 (ite (= (ite (= gup0.page@3 #x00)
                         |folio.refcount[F0]@3|
                         |folio.refcount[F1]@3|)
                    #x01)
                 #x00
                 (ite (= gup0.page@3 #x00)
                      |folio.data[F0]@3|
                      |folio.data[F1]@3|)))
      (a!107 (ite (= (ite (= migrate0.dst@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!108 (ite (= (ite (= gup0.page@3 #x00)
                          |folio.refcount[F0]@3|
                          |folio.refcount[F1]@3|)
                     #x01)
                  #x00
                  (ite (= gup0.page@3 #x00)
                       |folio.node[F0]@3|
                       |folio.node[F1]@3|)))
      (a!116 (ite (and (= rule@3 #x24) true)
                  |pte.folio[P0][0]@3|
                  (ite (and (= rule@3 #x25) true) #x02 gup0.wait_folio@3)))
      (a!117 (ite (and (= rule@3 #x2d) true)
                  |pte.folio[P0][0]@3|
                  (ite (and (= rule@3 #x2e) true) #x02 fault0.wait_folio@3)))
      (a!118 (ite (and (= rule@3 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@3| #x01)
                  (ite (and (= rule@3 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@3| #x01)
                       |&mm->mmap_lock.readers[P0]@3|)))
      (a!122 (ite (and (= rule@3 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@3| #x01)
                  (ite (and (= rule@3 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@3| #x01)
                       |&anon_vma->rwsem.readers[av0]@3|)))
      (a!124 (ite (and (= rule@3 #x1a) (= migrate0.dst@3 #x00))
                  #x00
                  (ite (and (= rule@3 #x1c) true) #x00 |PG_locked[F0]@3|)))
      (a!127 (ite (and (= rule@3 #x0d) (= migrate0.dst@3 #x01))
                  #x01
                  (ite (and (= rule@3 #x1a) (= migrate0.dst@3 #x01))
                       #x00
                       |PG_locked[F1]@3|)))
      (a!128 (ite (and (= rule@3 #x20) true)
                  #x15
                  (ite (and (= rule@3 #x21) true) #x1f migrate0.pc@3)))
      (a!145 (ite (and (= rule@3 #x1e) true)
                  #x00
                  (ite (and (= rule@3 #x21) true) #x00 migrate0.isolated@3)))
      (a!147 (ite (and (= rule@3 #x1f) true)
                  #x02
                  (ite (and (= rule@3 #x20) true) #x02 migrate0.dst@3)))
      (a!149 (ite (and (= rule@3 #x0b) true)
                  #x01
                  (ite (and (= rule@3 #x1b) true) #x01 migrate0.anon_vma@3)))
      (a!151 (ite (and (= rule@3 #x18) true)
                  (bvadd migrate0.cursor@3 #x01)
                  (ite (and (= rule@3 #x19) true) #x00 migrate0.cursor@3)))
      (a!154 (ite (and (= rule@3 #x0e) true)
                  #x01
                  (ite (and (= rule@3 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@3)))
      (a!155 (ite (and (= rule@3 #x14) true)
                  #x00
                  (ite (and (= rule@3 #x15) true) #x01 migrate0.ok@3)))
      (a!157 (= migrate0.pass@4
                (ite (and (= rule@3 #x1f) true)
                     (bvadd migrate0.pass@3 #x01)
                     migrate0.pass@3)))
      (a!158 (ite (and (= rule@3 #x27) true)
                  #x04
                  (ite (and (= rule@3 #x28) true) #x05 gup0.pc@3)))
      (a!162 (ite (and (= rule@3 #x23) true)
                  |pte.folio[P0][0]@3|
                  (ite (and (= rule@3 #x28) true) #x02 gup0.page@3)))
      (a!163 (ite (and (= rule@3 #x2e) true)
                  #x00
                  (ite (and (= rule@3 #x2f) true) #x0c fault0.pc@3))))
(let ((a!10 (or (and (= rule@3 #x00)
                     (= migrate0.pc@3 #x00)
                     (not (= |folio.used[F0]@3| #x00))
                     (not (= |PG_lru[F0]@3| #x00)))
                (and (= rule@3 #x01) (= migrate0.pc@3 #x00) a!1)
                (and (= rule@3 #x02)
                     (= migrate0.pc@3 #x01)
                     (= |folio.refcount[F0]@3| #x01))
                (and (= rule@3 #x03)
                     (= migrate0.pc@3 #x01)
                     (not (= |folio.refcount[F0]@3| #x01))
                     a!2)
                (and (= rule@3 #x04)
                     (= migrate0.pc@3 #x01)
                     (not (= |folio.refcount[F0]@3| #x01))
                     (not a!2))
                (and (= rule@3 #x05)
                     (= migrate0.pc@3 #x02)
                     (= |PG_locked[F0]@3| #x00))
                (and (= rule@3 #x06)
                     (= migrate0.pc@3 #x02)
                     (not (= |PG_locked[F0]@3| #x00))
                     (not (bvuge migrate0.pass@3 #x03)))
                (and (= rule@3 #x07)
                     (= migrate0.pc@3 #x02)
                     (not (= |PG_locked[F0]@3| #x00))
                     (bvuge migrate0.pass@3 #x03))
                (and (= rule@3 #x08)
                     (= migrate0.pc@3 #x03)
                     (= |PG_locked[F0]@3| #x00))
                (and (= rule@3 #x09)
                     (= migrate0.pc@3 #x04)
                     (bvugt |folio.mapcount[F0]@3| #x00)
                     (not (= |folio.mapping[F0]@3| #x01))
                     (bvugt |anon_vma.refcount[av0]@3| #x00))
                (and (= rule@3 #x0a)
                     (= migrate0.pc@3 #x05)
                     (bvugt |folio.mapcount[F0]@3| #x00))
                (and (= rule@3 #x0b)
                     (= migrate0.pc@3 #x05)
                     (not (bvugt |folio.mapcount[F0]@3| #x00)))
                (and (= rule@3 #x0c) (= migrate0.pc@3 #x04) a!3)
                a!4
                (and (= rule@3 #x0e)
                     (= migrate0.pc@3 #x08)
                     (bvugt |folio.mapcount[F0]@3| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@3| #x00))
                (and (= rule@3 #x0f)
                     (= migrate0.pc@3 #x08)
                     (not (bvugt |folio.mapcount[F0]@3| #x00)))
                (and (= rule@3 #x10)
                     (= migrate0.pc@3 #x09)
                     (bvult migrate0.cursor@3 |anon_vma.len[av0]@3|)
                     (bvugt |folio.mapcount[F0]@3| #x00)
                     (= |folio.index[F0]@3| #x00)
                     (= |ptlock_ptr(page)[P0]@3| #x00))
                a!5
                (and (= rule@3 #x12)
                     (= migrate0.pc@3 #x0a)
                     (not (bvugt |folio.mapcount[F0]@3| #x00))
                     (= |folio.refcount[F0]@3| #x02))
                (and (= rule@3 #x13)
                     (= migrate0.pc@3 #x0a)
                     (not (bvugt |folio.mapcount[F0]@3| #x00))
                     (not (= |folio.refcount[F0]@3| #x02)))
                (and (= rule@3 #x14)
                     (= migrate0.pc@3 #x0a)
                     (bvugt |folio.mapcount[F0]@3| #x00))
                (and (= rule@3 #x15) (= migrate0.pc@3 #x0b))
                (and (= rule@3 #x16) (= migrate0.pc@3 #x0c))
                (and (= rule@3 #x17)
                     (= migrate0.pc@3 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@3| #x00))
                (and (= rule@3 #x18)
                     (= migrate0.pc@3 #x0e)
                     (bvult migrate0.cursor@3 |anon_vma.len[av0]@3|)
                     (= |folio.index[F0]@3| #x00)
                     (= |ptlock_ptr(page)[P0]@3| #x00))
                (and (= rule@3 #x19)
                     (= migrate0.pc@3 #x0e)
                     (bvuge migrate0.cursor@3 |anon_vma.len[av0]@3|))
                (and (= rule@3 #x1a) (= migrate0.pc@3 #x0f))
                (and (= rule@3 #x1b) (= migrate0.pc@3 #x10))
                (and (= rule@3 #x1c) (= migrate0.pc@3 #x11))
                (and (= rule@3 #x1d) (= migrate0.pc@3 #x12))
                (and (= rule@3 #x1e) (= migrate0.pc@3 #x13))
                (and (= rule@3 #x1f)
                     (= migrate0.pc@3 #x14)
                     (bvult migrate0.pass@3 #x00))
                (and (= rule@3 #x20)
                     (= migrate0.pc@3 #x14)
                     (bvuge migrate0.pass@3 #x00))
                (and (= rule@3 #x21) (= migrate0.pc@3 #x15))
                (and (= rule@3 #x22)
                     (= gup0.pc@3 #x00)
                     (not (= |alive[P0]@3| #x00))
                     (= |&mm->mmap_lock.writer[P0]@3| #x00))
                (and (= rule@3 #x23)
                     (= gup0.pc@3 #x01)
                     (= |ptlock_ptr(page)[P0]@3| #x00)
                     (= |pte[P0][0]@3| #x01)
                     (not (= |pte.write[P0][0]@3| #x00)))
                (and (= rule@3 #x24)
                     (= gup0.pc@3 #x01)
                     (= |ptlock_ptr(page)[P0]@3| #x00)
                     (not (= |pte[P0][0]@3| #x00))
                     (not (= |pte[P0][0]@3| #x01)))
                a!6
                (and (= rule@3 #x26)
                     (= gup0.pc@3 #x01)
                     (= |ptlock_ptr(page)[P0]@3| #x00)
                     a!7
                     a!8)
                (and (= rule@3 #x27) (= gup0.pc@3 #x03))
                (and (= rule@3 #x28) (= gup0.pc@3 #x04))
                (and (= rule@3 #x29)
                     (= fault0.pc@3 #x00)
                     (not (= |alive[P0]@3| #x00))
                     (= |pte[P0][0]@3| #x01))
                (and (= rule@3 #x2a)
                     (= fault0.pc@3 #x00)
                     (not (= |alive[P0]@3| #x00))
                     (not (= |pte[P0][0]@3| #x01)))
                (and (= rule@3 #x2b)
                     (= fault0.pc@3 #x01)
                     (= |&mm->mmap_lock.writer[P0]@3| #x00))
                (and (= rule@3 #x2c)
                     (= fault0.pc@3 #x02)
                     (= |ptlock_ptr(page)[P0]@3| #x00)
                     (= |pte[P0][0]@3| #x01))
                (and (= rule@3 #x2d)
                     (= fault0.pc@3 #x02)
                     (= |ptlock_ptr(page)[P0]@3| #x00)
                     (not (= |pte[P0][0]@3| #x00))
                     (not (= |pte[P0][0]@3| #x01)))
                a!9
                (and (= rule@3 #x2f)
                     (= fault0.pc@3 #x02)
                     (= |pte[P0][0]@3| #x00))))
      (a!13 (ite (and (= rule@3 #x10) (= |anon_vma.list[av0][0]@3| #x00))
                 (ite (and (= |pte[P0][0]@3| #x01)
                           (= |pte.folio[P0][0]@3| #x00))
                      a!11
                      |pte[P0][0]@3|)
                 (ite (and (= rule@3 #x18) (= |anon_vma.list[av0][0]@3| #x00))
                      (ite a!12 #x01 |pte[P0][0]@3|)
                      |pte[P0][0]@3|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@3 #x00)) migrate0.dst@3 #x00)
                 |pte.folio[P0][0]@3|))
      (a!16 (ite (and (= rule@3 #x18) (= |anon_vma.list[av0][0]@3| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@3| #x04) #x01 #x00)
                      |pte.write[P0][0]@3|)
                 |pte.write[P0][0]@3|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@3 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@3|
                   (bvadd (ite (= migrate0.anon_vma@3 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@3 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@3 #x01))
                      (= |anon_vma.refcount[av0]@3| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@3 #x21) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!29
                      |folio.used[F0]@3|)))
      (a!34 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 a!28
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                      a!29
                      |folio.used[F1]@3|)))
      (a!40 (ite (and (= rule@3 #x23) (= |pte.folio[P0][0]@3| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@3| #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@3 #x23) (= |pte.folio[P0][0]@3| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@3| #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@3| |folio.mapcount[F1]@3|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@3| |folio.mapcount[F1]@3|)))
      (a!59 (ite (and (= rule@3 #x21) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 #x01)
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!58
                      |PG_lru[F0]@3|)))
      (a!64 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                      a!58
                      |PG_lru[F1]@3|)))
      (a!67 (ite (and (not (= |pte[P0][0]@3| #x00))
                      (not (= |pte[P0][0]@3| #x01))
                      (= |pte.folio[P0][0]@3| #x00)
                      (not (= |pte[P0][0]@3| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@3| |PG_anon_exclusive[F1]@3|)))
      (a!70 (ite (and (= rule@3 #x21) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@3|)))
      (a!75 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 a!68
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@3|)))
      (a!80 (ite (and (= rule@3 #x21) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!79
                      |folio.mapping[F0]@3|)))
      (a!84 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 a!78
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                      a!79
                      |folio.mapping[F1]@3|)))
      (a!89 (ite (and (= rule@3 #x21) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!88
                      |folio.index[F0]@3|)))
      (a!93 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 a!87
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                      a!88
                      |folio.index[F1]@3|)))
      (a!98 (ite (and (= rule@3 #x27) (= gup0.page@3 #x00))
                 #x02
                 (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                      a!97
                      |folio.data[F0]@3|)))
      (a!103 (ite (and (= rule@3 #x27) (= gup0.page@3 #x01))
                  #x02
                  (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                       a!97
                       |folio.data[F1]@3|)))
      (a!109 (ite (and (= rule@3 #x21) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x28) (= gup0.page@3 #x00))
                       a!108
                       |folio.node[F0]@3|)))
      (a!113 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                  a!107
                  (ite (and (= rule@3 #x28) (= gup0.page@3 #x01))
                       a!108
                       |folio.node[F1]@3|)))
      (a!119 (ite (and (= rule@3 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@3| #x01)
                  (ite (and (= rule@3 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@3| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@3 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@3| #x01)
                  (ite (and (= rule@3 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@3| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@3 #x08) true)
                  #x01
                  (ite (and (= rule@3 #x0d) (= migrate0.dst@3 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@3 #x1e) true)
                  #x1f
                  (ite (and (= rule@3 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@3 #x03) true)
                  a!27
                  (ite (and (= rule@3 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@4
                (ite (and (= rule@3 #x09) true) |folio.mapping[F0]@3| a!149)))
      (a!152 (ite (and (= rule@3 #x11) true)
                  #x00
                  (ite (and (= rule@3 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@3 #x06) true)
                  #x00
                  (ite (and (= rule@3 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@3 #x25) true)
                  #x01
                  (ite (and (= rule@3 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@3 #x2c) true)
                  #x00
                  (ite (and (= rule@3 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@4|
               (ite (and (= rule@3 #x18) (= |anon_vma.list[av0][0]@3| #x00))
                    a!14
                    |pte.folio[P0][0]@3|)))
      (a!17 (ite (and (= rule@3 #x10) (= |anon_vma.list[av0][0]@3| #x00))
                 (ite (and (= |pte[P0][0]@3| #x01)
                           (= |pte.folio[P0][0]@3| #x00))
                      #x00
                      |pte.write[P0][0]@3|)
                 a!16))
      (a!25 (ite (and (= rule@3 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@3| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@3|)
                 |anon_vma.refcount[av0]@3|))
      (a!31 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 a!28
                 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 a!28
                 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x21) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@3 #x10) true)
                 (ite (and (= |pte[P0][0]@3| #x01)
                           (= |pte.folio[P0][0]@3| #x00))
                      (bvsub |folio.mapcount[F0]@3| #x01)
                      |folio.mapcount[F0]@3|)
                 (ite (and (= rule@3 #x18) a!38) a!54 |folio.mapcount[F0]@3|)))
      (a!56 (= |folio.mapcount[F1]@4|
               (ite (and (= rule@3 #x18) a!47) a!54 |folio.mapcount[F1]@3|)))
      (a!60 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 a!57
                 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 a!68
                 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 a!68
                 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 a!78
                 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 a!78
                 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 a!87
                 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 a!87
                 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00))
                 a!96
                 (ite (and (= rule@3 #x21) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.data[F0]@3|)
                      a!98)))
      (a!104 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01))
                  a!96
                  (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                  a!107
                  (ite (and (= rule@3 #x20) (= migrate0.dst@3 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                  a!107
                  (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@3 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@3| #x01)
                  (ite (and (= rule@3 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@3| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@4| (ite (and (= rule@3 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@3 #x1c) true)
                  (ite (not (= migrate0.ok@3 #x00)) #x12 #x14)
                  (ite (and (= rule@3 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@3 #x0e) true)
                  #x00
                  (ite (and (= rule@3 #x10) true)
                       (bvadd migrate0.cursor@3 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@3 #x23) true)
                  #x03
                  (ite (and (= rule@3 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@3 #x2a) true)
                  #x01
                  (ite (and (= rule@3 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@3 #x09) (= |folio.mapping[F0]@3| #x00))
                 (bvadd |anon_vma.refcount[av0]@3| #x01)
                 (ite (and (= rule@3 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@3|)
                      a!25)))
      (a!32 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 a!28
                 (ite (and (= rule@3 #x1e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.used[F0]@3|)
                      a!31)))
      (a!36 (= |folio.used[F1]@4|
               (ite (and (= rule@3 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x01))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 a!57
                 (ite (and (= rule@3 #x1e) true)
                      (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@4|
               (ite (and (= rule@3 #x16) (= migrate0.dst@3 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 a!68
                 (ite (and (= rule@3 #x1e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@3|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@4|
               (ite (and (= rule@3 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 a!78
                 (ite (and (= rule@3 #x1e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x01
                           |folio.mapping[F0]@3|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@4|
               (ite (and (= rule@3 #x12) (= migrate0.dst@3 #x01))
                    |folio.mapping[F0]@3|
                    a!85)))
      (a!91 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 a!87
                 (ite (and (= rule@3 #x1e) true)
                      (ite (= |folio.refcount[F0]@3| #x01)
                           #x00
                           |folio.index[F0]@3|)
                      a!90)))
      (a!95 (= |folio.index[F1]@4|
               (ite (and (= rule@3 #x12) (= migrate0.dst@3 #x01))
                    |folio.index[F0]@3|
                    a!94)))
      (a!100 (ite (and (= rule@3 #x1e) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                  (ite (and (= rule@3 #x1f) (= migrate0.dst@3 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@3 #x15) (= migrate0.dst@3 #x01))
                  |folio.data[F0]@3|
                  (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                  a!107
                  (ite (and (= rule@3 #x1e) true)
                       (ite (= |folio.refcount[F0]@3| #x01)
                            #x00
                            |folio.node[F0]@3|)
                       a!110)))
      (a!115 (= |folio.node[F1]@4|
                (ite (and (= rule@3 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@3|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@4|
                (ite (and (= rule@3 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@3| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@3 #x1a) true)
                  #x10
                  (ite (and (= rule@3 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@4 (ite (and (= rule@3 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@4 (ite (and (= rule@3 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@3 #x02) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.used[F0]@3|)
                 (ite (and (= rule@3 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 (ite (and (= rule@3 #x1e) true)
                      (bvsub |folio.refcount[F0]@3| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x01))
                 (bvsub (ite (= migrate0.dst@3 #x00)
                             |folio.refcount[F0]@3|
                             |folio.refcount[F1]@3|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@3 #x02) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |PG_lru[F0]@3|)
                 (ite (and (= rule@3 #x16) (= migrate0.dst@3 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@3 #x10) true)
                 (ite (and (= |pte[P0][0]@3| #x01)
                           (= |pte.folio[P0][0]@3| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@3|)
                 (ite (and (= rule@3 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@3 #x02) true)
                 (ite (= |folio.refcount[F0]@3| #x01)
                      #x01
                      |folio.mapping[F0]@3|)
                 (ite (and (= rule@3 #x12) (= migrate0.dst@3 #x00))
                      |folio.mapping[F0]@3|
                      a!82)))
      (a!92 (ite (and (= rule@3 #x02) true)
                 (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.index[F0]@3|)
                 (ite (and (= rule@3 #x12) (= migrate0.dst@3 #x00))
                      |folio.index[F0]@3|
                      a!91)))
      (a!101 (ite (and (= rule@3 #x15) (= migrate0.dst@3 #x00))
                  |folio.data[F0]@3|
                  (ite (and (= rule@3 #x1d) (= migrate0.dst@3 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@4|
                (ite (and (= rule@3 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@3 #x02) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.node[F0]@3|)
                  (ite (and (= rule@3 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@3|)
                       a!111)))
      (a!132 (ite (and (= rule@3 #x17) true)
                  #x0e
                  (ite (and (= rule@3 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@3 #x10) true)
                 a!37
                 (ite (and (= rule@3 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@3|
                                  |folio.refcount[F1]@3|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@3 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@3 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@3|
                                  |folio.refcount[F1]@3|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@4| (ite (and (= rule@3 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@4|
               (ite (and (= rule@3 #x02) true)
                    (ite (= |folio.refcount[F0]@3| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@3|)
                    a!73)))
      (a!102 (ite (and (= rule@3 #x02) true)
                  (ite (= |folio.refcount[F0]@3| #x01) #x00 |folio.data[F0]@3|)
                  (ite (and (= rule@3 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@3 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@3 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@3 #x02) true)
                 (bvsub |folio.refcount[F0]@3| #x01)
                 (ite (and (= rule@3 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@3 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@3 #x00)) #x0d #x0f)
                  (ite (and (= rule@3 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@4|
               (ite (and (= rule@3 #x00) true)
                    (bvadd |folio.refcount[F0]@3| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@3 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@3 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@3 #x11) true)
                  #x0a
                  (ite (and (= rule@3 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@3 #x0e) true)
                  #x09
                  (ite (and (= rule@3 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@3 #x0c) true)
                  #x06
                  (ite (and (= rule@3 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@3 #x0a) true)
                  #x06
                  (ite (and (= rule@3 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@3 #x08) true)
                  #x04
                  (ite (and (= rule@3 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@3 #x06) true)
                  #x14
                  (ite (and (= rule@3 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@3 #x04) true)
                  #x15
                  (ite (and (= rule@3 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@3 #x02) true)
                  #x1f
                  (ite (and (= rule@3 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@3 #x00) true)
                  #x01
                  (ite (and (= rule@3 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@4| |alive[P0]@3|)
       (= |pte[P0][0]@4| a!13)
       a!15
       (= |pte.write[P0][0]@4| a!17)
       a!18
       (= |anon_vma.list[av0][0]@4| |anon_vma.list[av0][0]@3|)
       (= |anon_vma.len[av0]@4| |anon_vma.len[av0]@3|)
       (= |anon_vma.refcount[av0]@4| a!26)
       (= |folio.used[F0]@4| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@4| a!53)
       (= |folio.mapcount[F0]@4| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@4| a!83)
       a!86
       (= |folio.index[F0]@4| a!92)
       a!95
       (= |folio.data[F0]@4| a!102)
       a!106
       (= |folio.node[F0]@4| a!112)
       a!115
       (= gup0.wait_folio@4 a!116)
       (= fault0.wait_folio@4 a!117)
       (= |&mm->mmap_lock.writer[P0]@4| |&mm->mmap_lock.writer[P0]@3|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@4| |&anon_vma->rwsem.writer[av0]@3|)
       (= |&anon_vma->rwsem.readers[av0]@4| a!123)
       (= |ptlock_ptr(page)[P0]@4| |ptlock_ptr(page)[P0]@3|)
       a!126
       (= |PG_locked[F1]@4| a!127)
       (= migrate0.pc@4 a!144)
       (= migrate0.isolated@4 a!146)
       (= migrate0.dst@4 a!148)
       a!150
       (= migrate0.cursor@4 a!153)
       (= migrate0.page_was_mapped@4 a!154)
       (= migrate0.ok@4 a!156)
       a!157
       a!161
       (= gup0.page@4 a!162)
       a!166
       (= fault0.old_page@4 fault0.old_page@3)
       (= fault0.new_page@4 fault0.new_page@3)
       (bvule |alive[P0]@4| #x01)
       (bvule |pte[P0][0]@4| #x07)
       (bvule |pte.folio[P0][0]@4| #x01)
       (bvule |pte.write[P0][0]@4| #x01)
       (bvule |expected[P0][0]@4| #x02)
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
       (bvule |folio.data[F0]@4| #x02)
       (bvule |folio.data[F1]@4| #x02)
       (bvule |folio.node[F0]@4| #x01)
       (bvule |folio.node[F1]@4| #x01)
       (bvule gup0.wait_folio@4 #x02)
       (bvule fault0.wait_folio@4 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@4| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@4| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@4| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@4| #x03)
       (bvule |ptlock_ptr(page)[P0]@4| #x03)
       (bvule |PG_locked[F0]@4| #x03)
       (bvule |PG_locked[F1]@4| #x03)
       (bvule migrate0.pc@4 #x1f)
       (bvule migrate0.isolated@4 #x01)
       (bvule migrate0.dst@4 #x02)
       (bvule migrate0.anon_vma@4 #x01)
       (bvule migrate0.cursor@4 #x01)
       (bvule migrate0.page_was_mapped@4 #x01)
       (bvule migrate0.ok@4 #x01)
       (bvule migrate0.pass@4 #x00)
       (bvule gup0.pc@4 #x05)
       (bvule gup0.page@4 #x02)
       (bvule fault0.pc@4 #x0c)
       (bvule fault0.old_page@4 #x02)
       (bvule fault0.new_page@4 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@4| #x00)))
               (not (not (= |folio.used[F1]@4| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@4| #x00)
                     (not (= |folio.mapping[F0]@4| #x01))
                     (bvugt |anon_vma.refcount[av0]@4| #x00))))
      (a!4 (and (= rule@4 #x0d)
                (= migrate0.pc@4 #x06)
                (= (ite (= migrate0.dst@4 #x00)
                        |PG_locked[F0]@4|
                        |PG_locked[F1]@4|)
                   #x00)))
      (a!5 (and (= rule@4 #x11)
                (= migrate0.pc@4 #x09)
                (or (bvuge migrate0.cursor@4 |anon_vma.len[av0]@4|)
                    (not (bvugt |folio.mapcount[F0]@4| #x00)))))
      (a!6 (and (= rule@4 #x25)
                (= gup0.pc@4 #x02)
                (= (ite (= gup0.wait_folio@4 #x00)
                        |PG_locked[F0]@4|
                        |PG_locked[F1]@4|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@4| #x01)
                     (not (= |pte.write[P0][0]@4| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@4| #x00))
                     (not (= |pte[P0][0]@4| #x01)))))
      (a!9 (and (= rule@4 #x2e)
                (= fault0.pc@4 #x06)
                (= (ite (= fault0.wait_folio@4 #x00)
                        |PG_locked[F0]@4|
                        |PG_locked[F1]@4|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@4| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@4| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@4| #x00))
                 (not (= |pte[P0][0]@4| #x01))
                 (= |pte.folio[P0][0]@4| #x00)))
      (a!18 (= |expected[P0][0]@5|
               (ite (and (= rule@4 #x27) true) #x02 |expected[P0][0]@4|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@4| #x01)
                      (not (= migrate0.anon_vma@4 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@4 #x01)) migrate0.anon_vma@4 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@4| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!29 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= gup0.page@4 #x00)
                      |folio.used[F0]@4|
                      |folio.used[F1]@4|)))
      (a!37 (bvsub |folio.refcount[F0]@4|
                   (ite (and (= |pte[P0][0]@4| #x01)
                             (= |pte.folio[P0][0]@4| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@4 #x00)) migrate0.dst@4 #x00) #x00))
      (a!39 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                 (bvsub (ite (= gup0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F0]@4|))
      (a!47 (= (ite (not (= migrate0.ok@4 #x00)) migrate0.dst@4 #x00) #x01))
      (a!48 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                 (bvsub (ite (= gup0.page@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 |folio.refcount[F1]@4|))
      (a!57 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!58 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= gup0.page@4 #x00) |PG_lru[F0]@4| |PG_lru[F1]@4|)))
      (a!68 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!69 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= gup0.page@4 #x00)
                      |PG_anon_exclusive[F0]@4|
                      |PG_anon_exclusive[F1]@4|)))
      (a!78 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!79 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x01
                 (ite (= gup0.page@4 #x00)
                      |folio.mapping[F0]@4|
                      |folio.mapping[F1]@4|)))
      (a!87 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!88 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= gup0.page@4 #x00)
                      |folio.index[F0]@4|
                      |folio.index[F1]@4|)))
      (a!96 (ite (= (ite (= migrate0.dst@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!97 (ite (= (ite (= gup0.page@4 #x00)
                         |folio.refcount[F0]@4|
                         |folio.refcount[F1]@4|)
                    #x01)
                 #x00
                 (ite (= gup0.page@4 #x00)
                      |folio.data[F0]@4|
                      |folio.data[F1]@4|)))
      (a!107 (ite (= (ite (= migrate0.dst@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!108 (ite (= (ite (= gup0.page@4 #x00)
                          |folio.refcount[F0]@4|
                          |folio.refcount[F1]@4|)
                     #x01)
                  #x00
                  (ite (= gup0.page@4 #x00)
                       |folio.node[F0]@4|
                       |folio.node[F1]@4|)))
      (a!116 (ite (and (= rule@4 #x24) true)
                  |pte.folio[P0][0]@4|
                  (ite (and (= rule@4 #x25) true) #x02 gup0.wait_folio@4)))
      (a!117 (ite (and (= rule@4 #x2d) true)
                  |pte.folio[P0][0]@4|
                  (ite (and (= rule@4 #x2e) true) #x02 fault0.wait_folio@4)))
      (a!118 (ite (and (= rule@4 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@4| #x01)
                  (ite (and (= rule@4 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@4| #x01)
                       |&mm->mmap_lock.readers[P0]@4|)))
      (a!122 (ite (and (= rule@4 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@4| #x01)
                  (ite (and (= rule@4 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@4| #x01)
                       |&anon_vma->rwsem.readers[av0]@4|)))
      (a!124 (ite (and (= rule@4 #x1a) (= migrate0.dst@4 #x00))
                  #x00
                  (ite (and (= rule@4 #x1c) true) #x00 |PG_locked[F0]@4|)))
      (a!127 (ite (and (= rule@4 #x0d) (= migrate0.dst@4 #x01))
                  #x01
                  (ite (and (= rule@4 #x1a) (= migrate0.dst@4 #x01))
                       #x00
                       |PG_locked[F1]@4|)))
      (a!128 (ite (and (= rule@4 #x20) true)
                  #x15
                  (ite (and (= rule@4 #x21) true) #x1f migrate0.pc@4)))
      (a!145 (ite (and (= rule@4 #x1e) true)
                  #x00
                  (ite (and (= rule@4 #x21) true) #x00 migrate0.isolated@4)))
      (a!147 (ite (and (= rule@4 #x1f) true)
                  #x02
                  (ite (and (= rule@4 #x20) true) #x02 migrate0.dst@4)))
      (a!149 (ite (and (= rule@4 #x0b) true)
                  #x01
                  (ite (and (= rule@4 #x1b) true) #x01 migrate0.anon_vma@4)))
      (a!151 (ite (and (= rule@4 #x18) true)
                  (bvadd migrate0.cursor@4 #x01)
                  (ite (and (= rule@4 #x19) true) #x00 migrate0.cursor@4)))
      (a!154 (ite (and (= rule@4 #x0e) true)
                  #x01
                  (ite (and (= rule@4 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@4)))
      (a!155 (ite (and (= rule@4 #x14) true)
                  #x00
                  (ite (and (= rule@4 #x15) true) #x01 migrate0.ok@4)))
      (a!157 (= migrate0.pass@5
                (ite (and (= rule@4 #x1f) true)
                     (bvadd migrate0.pass@4 #x01)
                     migrate0.pass@4)))
      (a!158 (ite (and (= rule@4 #x27) true)
                  #x04
                  (ite (and (= rule@4 #x28) true) #x05 gup0.pc@4)))
      (a!162 (ite (and (= rule@4 #x23) true)
                  |pte.folio[P0][0]@4|
                  (ite (and (= rule@4 #x28) true) #x02 gup0.page@4)))
      (a!163 (ite (and (= rule@4 #x2e) true)
                  #x00
                  (ite (and (= rule@4 #x2f) true) #x0c fault0.pc@4))))
(let ((a!10 (or (and (= rule@4 #x00)
                     (= migrate0.pc@4 #x00)
                     (not (= |folio.used[F0]@4| #x00))
                     (not (= |PG_lru[F0]@4| #x00)))
                (and (= rule@4 #x01) (= migrate0.pc@4 #x00) a!1)
                (and (= rule@4 #x02)
                     (= migrate0.pc@4 #x01)
                     (= |folio.refcount[F0]@4| #x01))
                (and (= rule@4 #x03)
                     (= migrate0.pc@4 #x01)
                     (not (= |folio.refcount[F0]@4| #x01))
                     a!2)
                (and (= rule@4 #x04)
                     (= migrate0.pc@4 #x01)
                     (not (= |folio.refcount[F0]@4| #x01))
                     (not a!2))
                (and (= rule@4 #x05)
                     (= migrate0.pc@4 #x02)
                     (= |PG_locked[F0]@4| #x00))
                (and (= rule@4 #x06)
                     (= migrate0.pc@4 #x02)
                     (not (= |PG_locked[F0]@4| #x00))
                     (not (bvuge migrate0.pass@4 #x03)))
                (and (= rule@4 #x07)
                     (= migrate0.pc@4 #x02)
                     (not (= |PG_locked[F0]@4| #x00))
                     (bvuge migrate0.pass@4 #x03))
                (and (= rule@4 #x08)
                     (= migrate0.pc@4 #x03)
                     (= |PG_locked[F0]@4| #x00))
                (and (= rule@4 #x09)
                     (= migrate0.pc@4 #x04)
                     (bvugt |folio.mapcount[F0]@4| #x00)
                     (not (= |folio.mapping[F0]@4| #x01))
                     (bvugt |anon_vma.refcount[av0]@4| #x00))
                (and (= rule@4 #x0a)
                     (= migrate0.pc@4 #x05)
                     (bvugt |folio.mapcount[F0]@4| #x00))
                (and (= rule@4 #x0b)
                     (= migrate0.pc@4 #x05)
                     (not (bvugt |folio.mapcount[F0]@4| #x00)))
                (and (= rule@4 #x0c) (= migrate0.pc@4 #x04) a!3)
                a!4
                (and (= rule@4 #x0e)
                     (= migrate0.pc@4 #x08)
                     (bvugt |folio.mapcount[F0]@4| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@4| #x00))
                (and (= rule@4 #x0f)
                     (= migrate0.pc@4 #x08)
                     (not (bvugt |folio.mapcount[F0]@4| #x00)))
                (and (= rule@4 #x10)
                     (= migrate0.pc@4 #x09)
                     (bvult migrate0.cursor@4 |anon_vma.len[av0]@4|)
                     (bvugt |folio.mapcount[F0]@4| #x00)
                     (= |folio.index[F0]@4| #x00)
                     (= |ptlock_ptr(page)[P0]@4| #x00))
                a!5
                (and (= rule@4 #x12)
                     (= migrate0.pc@4 #x0a)
                     (not (bvugt |folio.mapcount[F0]@4| #x00))
                     (= |folio.refcount[F0]@4| #x02))
                (and (= rule@4 #x13)
                     (= migrate0.pc@4 #x0a)
                     (not (bvugt |folio.mapcount[F0]@4| #x00))
                     (not (= |folio.refcount[F0]@4| #x02)))
                (and (= rule@4 #x14)
                     (= migrate0.pc@4 #x0a)
                     (bvugt |folio.mapcount[F0]@4| #x00))
                (and (= rule@4 #x15) (= migrate0.pc@4 #x0b))
                (and (= rule@4 #x16) (= migrate0.pc@4 #x0c))
                (and (= rule@4 #x17)
                     (= migrate0.pc@4 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@4| #x00))
                (and (= rule@4 #x18)
                     (= migrate0.pc@4 #x0e)
                     (bvult migrate0.cursor@4 |anon_vma.len[av0]@4|)
                     (= |folio.index[F0]@4| #x00)
                     (= |ptlock_ptr(page)[P0]@4| #x00))
                (and (= rule@4 #x19)
                     (= migrate0.pc@4 #x0e)
                     (bvuge migrate0.cursor@4 |anon_vma.len[av0]@4|))
                (and (= rule@4 #x1a) (= migrate0.pc@4 #x0f))
                (and (= rule@4 #x1b) (= migrate0.pc@4 #x10))
                (and (= rule@4 #x1c) (= migrate0.pc@4 #x11))
                (and (= rule@4 #x1d) (= migrate0.pc@4 #x12))
                (and (= rule@4 #x1e) (= migrate0.pc@4 #x13))
                (and (= rule@4 #x1f)
                     (= migrate0.pc@4 #x14)
                     (bvult migrate0.pass@4 #x00))
                (and (= rule@4 #x20)
                     (= migrate0.pc@4 #x14)
                     (bvuge migrate0.pass@4 #x00))
                (and (= rule@4 #x21) (= migrate0.pc@4 #x15))
                (and (= rule@4 #x22)
                     (= gup0.pc@4 #x00)
                     (not (= |alive[P0]@4| #x00))
                     (= |&mm->mmap_lock.writer[P0]@4| #x00))
                (and (= rule@4 #x23)
                     (= gup0.pc@4 #x01)
                     (= |ptlock_ptr(page)[P0]@4| #x00)
                     (= |pte[P0][0]@4| #x01)
                     (not (= |pte.write[P0][0]@4| #x00)))
                (and (= rule@4 #x24)
                     (= gup0.pc@4 #x01)
                     (= |ptlock_ptr(page)[P0]@4| #x00)
                     (not (= |pte[P0][0]@4| #x00))
                     (not (= |pte[P0][0]@4| #x01)))
                a!6
                (and (= rule@4 #x26)
                     (= gup0.pc@4 #x01)
                     (= |ptlock_ptr(page)[P0]@4| #x00)
                     a!7
                     a!8)
                (and (= rule@4 #x27) (= gup0.pc@4 #x03))
                (and (= rule@4 #x28) (= gup0.pc@4 #x04))
                (and (= rule@4 #x29)
                     (= fault0.pc@4 #x00)
                     (not (= |alive[P0]@4| #x00))
                     (= |pte[P0][0]@4| #x01))
                (and (= rule@4 #x2a)
                     (= fault0.pc@4 #x00)
                     (not (= |alive[P0]@4| #x00))
                     (not (= |pte[P0][0]@4| #x01)))
                (and (= rule@4 #x2b)
                     (= fault0.pc@4 #x01)
                     (= |&mm->mmap_lock.writer[P0]@4| #x00))
                (and (= rule@4 #x2c)
                     (= fault0.pc@4 #x02)
                     (= |ptlock_ptr(page)[P0]@4| #x00)
                     (= |pte[P0][0]@4| #x01))
                (and (= rule@4 #x2d)
                     (= fault0.pc@4 #x02)
                     (= |ptlock_ptr(page)[P0]@4| #x00)
                     (not (= |pte[P0][0]@4| #x00))
                     (not (= |pte[P0][0]@4| #x01)))
                a!9
                (and (= rule@4 #x2f)
                     (= fault0.pc@4 #x02)
                     (= |pte[P0][0]@4| #x00))))
      (a!13 (ite (and (= rule@4 #x10) (= |anon_vma.list[av0][0]@4| #x00))
                 (ite (and (= |pte[P0][0]@4| #x01)
                           (= |pte.folio[P0][0]@4| #x00))
                      a!11
                      |pte[P0][0]@4|)
                 (ite (and (= rule@4 #x18) (= |anon_vma.list[av0][0]@4| #x00))
                      (ite a!12 #x01 |pte[P0][0]@4|)
                      |pte[P0][0]@4|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@4 #x00)) migrate0.dst@4 #x00)
                 |pte.folio[P0][0]@4|))
      (a!16 (ite (and (= rule@4 #x18) (= |anon_vma.list[av0][0]@4| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@4| #x04) #x01 #x00)
                      |pte.write[P0][0]@4|)
                 |pte.write[P0][0]@4|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@4 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@4|
                   (bvadd (ite (= migrate0.anon_vma@4 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@4 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@4 #x01))
                      (= |anon_vma.refcount[av0]@4| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@4 #x21) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!29
                      |folio.used[F0]@4|)))
      (a!34 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 a!28
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                      a!29
                      |folio.used[F1]@4|)))
      (a!40 (ite (and (= rule@4 #x23) (= |pte.folio[P0][0]@4| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@4| #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@4 #x23) (= |pte.folio[P0][0]@4| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@4| #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@4| |folio.mapcount[F1]@4|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@4| |folio.mapcount[F1]@4|)))
      (a!59 (ite (and (= rule@4 #x21) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 #x01)
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!58
                      |PG_lru[F0]@4|)))
      (a!64 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                      a!58
                      |PG_lru[F1]@4|)))
      (a!67 (ite (and (not (= |pte[P0][0]@4| #x00))
                      (not (= |pte[P0][0]@4| #x01))
                      (= |pte.folio[P0][0]@4| #x00)
                      (not (= |pte[P0][0]@4| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@4| |PG_anon_exclusive[F1]@4|)))
      (a!70 (ite (and (= rule@4 #x21) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@4|)))
      (a!75 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 a!68
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@4|)))
      (a!80 (ite (and (= rule@4 #x21) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!79
                      |folio.mapping[F0]@4|)))
      (a!84 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 a!78
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                      a!79
                      |folio.mapping[F1]@4|)))
      (a!89 (ite (and (= rule@4 #x21) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!88
                      |folio.index[F0]@4|)))
      (a!93 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 a!87
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                      a!88
                      |folio.index[F1]@4|)))
      (a!98 (ite (and (= rule@4 #x27) (= gup0.page@4 #x00))
                 #x02
                 (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                      a!97
                      |folio.data[F0]@4|)))
      (a!103 (ite (and (= rule@4 #x27) (= gup0.page@4 #x01))
                  #x02
                  (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                       a!97
                       |folio.data[F1]@4|)))
      (a!109 (ite (and (= rule@4 #x21) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x28) (= gup0.page@4 #x00))
                       a!108
                       |folio.node[F0]@4|)))
      (a!113 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                  a!107
                  (ite (and (= rule@4 #x28) (= gup0.page@4 #x01))
                       a!108
                       |folio.node[F1]@4|)))
      (a!119 (ite (and (= rule@4 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@4| #x01)
                  (ite (and (= rule@4 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@4| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@4 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@4| #x01)
                  (ite (and (= rule@4 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@4| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@4 #x08) true)
                  #x01
                  (ite (and (= rule@4 #x0d) (= migrate0.dst@4 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@4 #x1e) true)
                  #x1f
                  (ite (and (= rule@4 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@4 #x03) true)
                  a!27
                  (ite (and (= rule@4 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@5
                (ite (and (= rule@4 #x09) true) |folio.mapping[F0]@4| a!149)))
      (a!152 (ite (and (= rule@4 #x11) true)
                  #x00
                  (ite (and (= rule@4 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@4 #x06) true)
                  #x00
                  (ite (and (= rule@4 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@4 #x25) true)
                  #x01
                  (ite (and (= rule@4 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@4 #x2c) true)
                  #x00
                  (ite (and (= rule@4 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@5|
               (ite (and (= rule@4 #x18) (= |anon_vma.list[av0][0]@4| #x00))
                    a!14
                    |pte.folio[P0][0]@4|)))
      (a!17 (ite (and (= rule@4 #x10) (= |anon_vma.list[av0][0]@4| #x00))
                 (ite (and (= |pte[P0][0]@4| #x01)
                           (= |pte.folio[P0][0]@4| #x00))
                      #x00
                      |pte.write[P0][0]@4|)
                 a!16))
      (a!25 (ite (and (= rule@4 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@4| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@4|)
                 |anon_vma.refcount[av0]@4|))
      (a!31 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 a!28
                 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 a!28
                 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x21) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@4 #x10) true)
                 (ite (and (= |pte[P0][0]@4| #x01)
                           (= |pte.folio[P0][0]@4| #x00))
                      (bvsub |folio.mapcount[F0]@4| #x01)
                      |folio.mapcount[F0]@4|)
                 (ite (and (= rule@4 #x18) a!38) a!54 |folio.mapcount[F0]@4|)))
      (a!56 (= |folio.mapcount[F1]@5|
               (ite (and (= rule@4 #x18) a!47) a!54 |folio.mapcount[F1]@4|)))
      (a!60 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 a!57
                 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 a!68
                 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 a!68
                 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 a!78
                 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 a!78
                 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 a!87
                 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 a!87
                 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00))
                 a!96
                 (ite (and (= rule@4 #x21) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.data[F0]@4|)
                      a!98)))
      (a!104 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01))
                  a!96
                  (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                  a!107
                  (ite (and (= rule@4 #x20) (= migrate0.dst@4 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                  a!107
                  (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@4 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@4| #x01)
                  (ite (and (= rule@4 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@4| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@5| (ite (and (= rule@4 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@4 #x1c) true)
                  (ite (not (= migrate0.ok@4 #x00)) #x12 #x14)
                  (ite (and (= rule@4 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@4 #x0e) true)
                  #x00
                  (ite (and (= rule@4 #x10) true)
                       (bvadd migrate0.cursor@4 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@4 #x23) true)
                  #x03
                  (ite (and (= rule@4 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@4 #x2a) true)
                  #x01
                  (ite (and (= rule@4 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@4 #x09) (= |folio.mapping[F0]@4| #x00))
                 (bvadd |anon_vma.refcount[av0]@4| #x01)
                 (ite (and (= rule@4 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@4|)
                      a!25)))
      (a!32 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 a!28
                 (ite (and (= rule@4 #x1e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.used[F0]@4|)
                      a!31)))
      (a!36 (= |folio.used[F1]@5|
               (ite (and (= rule@4 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x01))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 a!57
                 (ite (and (= rule@4 #x1e) true)
                      (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@5|
               (ite (and (= rule@4 #x16) (= migrate0.dst@4 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 a!68
                 (ite (and (= rule@4 #x1e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@4|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@5|
               (ite (and (= rule@4 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 a!78
                 (ite (and (= rule@4 #x1e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x01
                           |folio.mapping[F0]@4|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@5|
               (ite (and (= rule@4 #x12) (= migrate0.dst@4 #x01))
                    |folio.mapping[F0]@4|
                    a!85)))
      (a!91 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 a!87
                 (ite (and (= rule@4 #x1e) true)
                      (ite (= |folio.refcount[F0]@4| #x01)
                           #x00
                           |folio.index[F0]@4|)
                      a!90)))
      (a!95 (= |folio.index[F1]@5|
               (ite (and (= rule@4 #x12) (= migrate0.dst@4 #x01))
                    |folio.index[F0]@4|
                    a!94)))
      (a!100 (ite (and (= rule@4 #x1e) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                  (ite (and (= rule@4 #x1f) (= migrate0.dst@4 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@4 #x15) (= migrate0.dst@4 #x01))
                  |folio.data[F0]@4|
                  (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                  a!107
                  (ite (and (= rule@4 #x1e) true)
                       (ite (= |folio.refcount[F0]@4| #x01)
                            #x00
                            |folio.node[F0]@4|)
                       a!110)))
      (a!115 (= |folio.node[F1]@5|
                (ite (and (= rule@4 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@4|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@5|
                (ite (and (= rule@4 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@4| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@4 #x1a) true)
                  #x10
                  (ite (and (= rule@4 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@5 (ite (and (= rule@4 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@5 (ite (and (= rule@4 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@4 #x02) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.used[F0]@4|)
                 (ite (and (= rule@4 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 (ite (and (= rule@4 #x1e) true)
                      (bvsub |folio.refcount[F0]@4| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x01))
                 (bvsub (ite (= migrate0.dst@4 #x00)
                             |folio.refcount[F0]@4|
                             |folio.refcount[F1]@4|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@4 #x02) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |PG_lru[F0]@4|)
                 (ite (and (= rule@4 #x16) (= migrate0.dst@4 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@4 #x10) true)
                 (ite (and (= |pte[P0][0]@4| #x01)
                           (= |pte.folio[P0][0]@4| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@4|)
                 (ite (and (= rule@4 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@4 #x02) true)
                 (ite (= |folio.refcount[F0]@4| #x01)
                      #x01
                      |folio.mapping[F0]@4|)
                 (ite (and (= rule@4 #x12) (= migrate0.dst@4 #x00))
                      |folio.mapping[F0]@4|
                      a!82)))
      (a!92 (ite (and (= rule@4 #x02) true)
                 (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.index[F0]@4|)
                 (ite (and (= rule@4 #x12) (= migrate0.dst@4 #x00))
                      |folio.index[F0]@4|
                      a!91)))
      (a!101 (ite (and (= rule@4 #x15) (= migrate0.dst@4 #x00))
                  |folio.data[F0]@4|
                  (ite (and (= rule@4 #x1d) (= migrate0.dst@4 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@5|
                (ite (and (= rule@4 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@4 #x02) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.node[F0]@4|)
                  (ite (and (= rule@4 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@4|)
                       a!111)))
      (a!132 (ite (and (= rule@4 #x17) true)
                  #x0e
                  (ite (and (= rule@4 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@4 #x10) true)
                 a!37
                 (ite (and (= rule@4 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@4|
                                  |folio.refcount[F1]@4|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@4 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@4 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@4|
                                  |folio.refcount[F1]@4|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@5| (ite (and (= rule@4 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@5|
               (ite (and (= rule@4 #x02) true)
                    (ite (= |folio.refcount[F0]@4| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@4|)
                    a!73)))
      (a!102 (ite (and (= rule@4 #x02) true)
                  (ite (= |folio.refcount[F0]@4| #x01) #x00 |folio.data[F0]@4|)
                  (ite (and (= rule@4 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@4 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@4 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@4 #x02) true)
                 (bvsub |folio.refcount[F0]@4| #x01)
                 (ite (and (= rule@4 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@4 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@4 #x00)) #x0d #x0f)
                  (ite (and (= rule@4 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@5|
               (ite (and (= rule@4 #x00) true)
                    (bvadd |folio.refcount[F0]@4| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@4 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@4 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@4 #x11) true)
                  #x0a
                  (ite (and (= rule@4 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@4 #x0e) true)
                  #x09
                  (ite (and (= rule@4 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@4 #x0c) true)
                  #x06
                  (ite (and (= rule@4 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@4 #x0a) true)
                  #x06
                  (ite (and (= rule@4 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@4 #x08) true)
                  #x04
                  (ite (and (= rule@4 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@4 #x06) true)
                  #x14
                  (ite (and (= rule@4 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@4 #x04) true)
                  #x15
                  (ite (and (= rule@4 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@4 #x02) true)
                  #x1f
                  (ite (and (= rule@4 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@4 #x00) true)
                  #x01
                  (ite (and (= rule@4 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@5| |alive[P0]@4|)
       (= |pte[P0][0]@5| a!13)
       a!15
       (= |pte.write[P0][0]@5| a!17)
       a!18
       (= |anon_vma.list[av0][0]@5| |anon_vma.list[av0][0]@4|)
       (= |anon_vma.len[av0]@5| |anon_vma.len[av0]@4|)
       (= |anon_vma.refcount[av0]@5| a!26)
       (= |folio.used[F0]@5| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@5| a!53)
       (= |folio.mapcount[F0]@5| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@5| a!83)
       a!86
       (= |folio.index[F0]@5| a!92)
       a!95
       (= |folio.data[F0]@5| a!102)
       a!106
       (= |folio.node[F0]@5| a!112)
       a!115
       (= gup0.wait_folio@5 a!116)
       (= fault0.wait_folio@5 a!117)
       (= |&mm->mmap_lock.writer[P0]@5| |&mm->mmap_lock.writer[P0]@4|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@5| |&anon_vma->rwsem.writer[av0]@4|)
       (= |&anon_vma->rwsem.readers[av0]@5| a!123)
       (= |ptlock_ptr(page)[P0]@5| |ptlock_ptr(page)[P0]@4|)
       a!126
       (= |PG_locked[F1]@5| a!127)
       (= migrate0.pc@5 a!144)
       (= migrate0.isolated@5 a!146)
       (= migrate0.dst@5 a!148)
       a!150
       (= migrate0.cursor@5 a!153)
       (= migrate0.page_was_mapped@5 a!154)
       (= migrate0.ok@5 a!156)
       a!157
       a!161
       (= gup0.page@5 a!162)
       a!166
       (= fault0.old_page@5 fault0.old_page@4)
       (= fault0.new_page@5 fault0.new_page@4)
       (bvule |alive[P0]@5| #x01)
       (bvule |pte[P0][0]@5| #x07)
       (bvule |pte.folio[P0][0]@5| #x01)
       (bvule |pte.write[P0][0]@5| #x01)
       (bvule |expected[P0][0]@5| #x02)
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
       (bvule |folio.data[F0]@5| #x02)
       (bvule |folio.data[F1]@5| #x02)
       (bvule |folio.node[F0]@5| #x01)
       (bvule |folio.node[F1]@5| #x01)
       (bvule gup0.wait_folio@5 #x02)
       (bvule fault0.wait_folio@5 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@5| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@5| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@5| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@5| #x03)
       (bvule |ptlock_ptr(page)[P0]@5| #x03)
       (bvule |PG_locked[F0]@5| #x03)
       (bvule |PG_locked[F1]@5| #x03)
       (bvule migrate0.pc@5 #x1f)
       (bvule migrate0.isolated@5 #x01)
       (bvule migrate0.dst@5 #x02)
       (bvule migrate0.anon_vma@5 #x01)
       (bvule migrate0.cursor@5 #x01)
       (bvule migrate0.page_was_mapped@5 #x01)
       (bvule migrate0.ok@5 #x01)
       (bvule migrate0.pass@5 #x00)
       (bvule gup0.pc@5 #x05)
       (bvule gup0.page@5 #x02)
       (bvule fault0.pc@5 #x0c)
       (bvule fault0.old_page@5 #x02)
       (bvule fault0.new_page@5 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@5| #x00)))
               (not (not (= |folio.used[F1]@5| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@5| #x00)
                     (not (= |folio.mapping[F0]@5| #x01))
                     (bvugt |anon_vma.refcount[av0]@5| #x00))))
      (a!4 (and (= rule@5 #x0d)
                (= migrate0.pc@5 #x06)
                (= (ite (= migrate0.dst@5 #x00)
                        |PG_locked[F0]@5|
                        |PG_locked[F1]@5|)
                   #x00)))
      (a!5 (and (= rule@5 #x11)
                (= migrate0.pc@5 #x09)
                (or (bvuge migrate0.cursor@5 |anon_vma.len[av0]@5|)
                    (not (bvugt |folio.mapcount[F0]@5| #x00)))))
      (a!6 (and (= rule@5 #x25)
                (= gup0.pc@5 #x02)
                (= (ite (= gup0.wait_folio@5 #x00)
                        |PG_locked[F0]@5|
                        |PG_locked[F1]@5|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@5| #x01)
                     (not (= |pte.write[P0][0]@5| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@5| #x00))
                     (not (= |pte[P0][0]@5| #x01)))))
      (a!9 (and (= rule@5 #x2e)
                (= fault0.pc@5 #x06)
                (= (ite (= fault0.wait_folio@5 #x00)
                        |PG_locked[F0]@5|
                        |PG_locked[F1]@5|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@5| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@5| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@5| #x00))
                 (not (= |pte[P0][0]@5| #x01))
                 (= |pte.folio[P0][0]@5| #x00)))
      (a!18 (= |expected[P0][0]@6|
               (ite (and (= rule@5 #x27) true) #x02 |expected[P0][0]@5|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@5| #x01)
                      (not (= migrate0.anon_vma@5 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@5 #x01)) migrate0.anon_vma@5 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@5| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!29 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= gup0.page@5 #x00)
                      |folio.used[F0]@5|
                      |folio.used[F1]@5|)))
      (a!37 (bvsub |folio.refcount[F0]@5|
                   (ite (and (= |pte[P0][0]@5| #x01)
                             (= |pte.folio[P0][0]@5| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@5 #x00)) migrate0.dst@5 #x00) #x00))
      (a!39 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                 (bvsub (ite (= gup0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F0]@5|))
      (a!47 (= (ite (not (= migrate0.ok@5 #x00)) migrate0.dst@5 #x00) #x01))
      (a!48 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                 (bvsub (ite (= gup0.page@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 |folio.refcount[F1]@5|))
      (a!57 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!58 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= gup0.page@5 #x00) |PG_lru[F0]@5| |PG_lru[F1]@5|)))
      (a!68 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!69 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= gup0.page@5 #x00)
                      |PG_anon_exclusive[F0]@5|
                      |PG_anon_exclusive[F1]@5|)))
      (a!78 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!79 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x01
                 (ite (= gup0.page@5 #x00)
                      |folio.mapping[F0]@5|
                      |folio.mapping[F1]@5|)))
      (a!87 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!88 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= gup0.page@5 #x00)
                      |folio.index[F0]@5|
                      |folio.index[F1]@5|)))
      (a!96 (ite (= (ite (= migrate0.dst@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!97 (ite (= (ite (= gup0.page@5 #x00)
                         |folio.refcount[F0]@5|
                         |folio.refcount[F1]@5|)
                    #x01)
                 #x00
                 (ite (= gup0.page@5 #x00)
                      |folio.data[F0]@5|
                      |folio.data[F1]@5|)))
      (a!107 (ite (= (ite (= migrate0.dst@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!108 (ite (= (ite (= gup0.page@5 #x00)
                          |folio.refcount[F0]@5|
                          |folio.refcount[F1]@5|)
                     #x01)
                  #x00
                  (ite (= gup0.page@5 #x00)
                       |folio.node[F0]@5|
                       |folio.node[F1]@5|)))
      (a!116 (ite (and (= rule@5 #x24) true)
                  |pte.folio[P0][0]@5|
                  (ite (and (= rule@5 #x25) true) #x02 gup0.wait_folio@5)))
      (a!117 (ite (and (= rule@5 #x2d) true)
                  |pte.folio[P0][0]@5|
                  (ite (and (= rule@5 #x2e) true) #x02 fault0.wait_folio@5)))
      (a!118 (ite (and (= rule@5 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@5| #x01)
                  (ite (and (= rule@5 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@5| #x01)
                       |&mm->mmap_lock.readers[P0]@5|)))
      (a!122 (ite (and (= rule@5 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@5| #x01)
                  (ite (and (= rule@5 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@5| #x01)
                       |&anon_vma->rwsem.readers[av0]@5|)))
      (a!124 (ite (and (= rule@5 #x1a) (= migrate0.dst@5 #x00))
                  #x00
                  (ite (and (= rule@5 #x1c) true) #x00 |PG_locked[F0]@5|)))
      (a!127 (ite (and (= rule@5 #x0d) (= migrate0.dst@5 #x01))
                  #x01
                  (ite (and (= rule@5 #x1a) (= migrate0.dst@5 #x01))
                       #x00
                       |PG_locked[F1]@5|)))
      (a!128 (ite (and (= rule@5 #x20) true)
                  #x15
                  (ite (and (= rule@5 #x21) true) #x1f migrate0.pc@5)))
      (a!145 (ite (and (= rule@5 #x1e) true)
                  #x00
                  (ite (and (= rule@5 #x21) true) #x00 migrate0.isolated@5)))
      (a!147 (ite (and (= rule@5 #x1f) true)
                  #x02
                  (ite (and (= rule@5 #x20) true) #x02 migrate0.dst@5)))
      (a!149 (ite (and (= rule@5 #x0b) true)
                  #x01
                  (ite (and (= rule@5 #x1b) true) #x01 migrate0.anon_vma@5)))
      (a!151 (ite (and (= rule@5 #x18) true)
                  (bvadd migrate0.cursor@5 #x01)
                  (ite (and (= rule@5 #x19) true) #x00 migrate0.cursor@5)))
      (a!154 (ite (and (= rule@5 #x0e) true)
                  #x01
                  (ite (and (= rule@5 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@5)))
      (a!155 (ite (and (= rule@5 #x14) true)
                  #x00
                  (ite (and (= rule@5 #x15) true) #x01 migrate0.ok@5)))
      (a!157 (= migrate0.pass@6
                (ite (and (= rule@5 #x1f) true)
                     (bvadd migrate0.pass@5 #x01)
                     migrate0.pass@5)))
      (a!158 (ite (and (= rule@5 #x27) true)
                  #x04
                  (ite (and (= rule@5 #x28) true) #x05 gup0.pc@5)))
      (a!162 (ite (and (= rule@5 #x23) true)
                  |pte.folio[P0][0]@5|
                  (ite (and (= rule@5 #x28) true) #x02 gup0.page@5)))
      (a!163 (ite (and (= rule@5 #x2e) true)
                  #x00
                  (ite (and (= rule@5 #x2f) true) #x0c fault0.pc@5))))
(let ((a!10 (or (and (= rule@5 #x00)
                     (= migrate0.pc@5 #x00)
                     (not (= |folio.used[F0]@5| #x00))
                     (not (= |PG_lru[F0]@5| #x00)))
                (and (= rule@5 #x01) (= migrate0.pc@5 #x00) a!1)
                (and (= rule@5 #x02)
                     (= migrate0.pc@5 #x01)
                     (= |folio.refcount[F0]@5| #x01))
                (and (= rule@5 #x03)
                     (= migrate0.pc@5 #x01)
                     (not (= |folio.refcount[F0]@5| #x01))
                     a!2)
                (and (= rule@5 #x04)
                     (= migrate0.pc@5 #x01)
                     (not (= |folio.refcount[F0]@5| #x01))
                     (not a!2))
                (and (= rule@5 #x05)
                     (= migrate0.pc@5 #x02)
                     (= |PG_locked[F0]@5| #x00))
                (and (= rule@5 #x06)
                     (= migrate0.pc@5 #x02)
                     (not (= |PG_locked[F0]@5| #x00))
                     (not (bvuge migrate0.pass@5 #x03)))
                (and (= rule@5 #x07)
                     (= migrate0.pc@5 #x02)
                     (not (= |PG_locked[F0]@5| #x00))
                     (bvuge migrate0.pass@5 #x03))
                (and (= rule@5 #x08)
                     (= migrate0.pc@5 #x03)
                     (= |PG_locked[F0]@5| #x00))
                (and (= rule@5 #x09)
                     (= migrate0.pc@5 #x04)
                     (bvugt |folio.mapcount[F0]@5| #x00)
                     (not (= |folio.mapping[F0]@5| #x01))
                     (bvugt |anon_vma.refcount[av0]@5| #x00))
                (and (= rule@5 #x0a)
                     (= migrate0.pc@5 #x05)
                     (bvugt |folio.mapcount[F0]@5| #x00))
                (and (= rule@5 #x0b)
                     (= migrate0.pc@5 #x05)
                     (not (bvugt |folio.mapcount[F0]@5| #x00)))
                (and (= rule@5 #x0c) (= migrate0.pc@5 #x04) a!3)
                a!4
                (and (= rule@5 #x0e)
                     (= migrate0.pc@5 #x08)
                     (bvugt |folio.mapcount[F0]@5| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@5| #x00))
                (and (= rule@5 #x0f)
                     (= migrate0.pc@5 #x08)
                     (not (bvugt |folio.mapcount[F0]@5| #x00)))
                (and (= rule@5 #x10)
                     (= migrate0.pc@5 #x09)
                     (bvult migrate0.cursor@5 |anon_vma.len[av0]@5|)
                     (bvugt |folio.mapcount[F0]@5| #x00)
                     (= |folio.index[F0]@5| #x00)
                     (= |ptlock_ptr(page)[P0]@5| #x00))
                a!5
                (and (= rule@5 #x12)
                     (= migrate0.pc@5 #x0a)
                     (not (bvugt |folio.mapcount[F0]@5| #x00))
                     (= |folio.refcount[F0]@5| #x02))
                (and (= rule@5 #x13)
                     (= migrate0.pc@5 #x0a)
                     (not (bvugt |folio.mapcount[F0]@5| #x00))
                     (not (= |folio.refcount[F0]@5| #x02)))
                (and (= rule@5 #x14)
                     (= migrate0.pc@5 #x0a)
                     (bvugt |folio.mapcount[F0]@5| #x00))
                (and (= rule@5 #x15) (= migrate0.pc@5 #x0b))
                (and (= rule@5 #x16) (= migrate0.pc@5 #x0c))
                (and (= rule@5 #x17)
                     (= migrate0.pc@5 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@5| #x00))
                (and (= rule@5 #x18)
                     (= migrate0.pc@5 #x0e)
                     (bvult migrate0.cursor@5 |anon_vma.len[av0]@5|)
                     (= |folio.index[F0]@5| #x00)
                     (= |ptlock_ptr(page)[P0]@5| #x00))
                (and (= rule@5 #x19)
                     (= migrate0.pc@5 #x0e)
                     (bvuge migrate0.cursor@5 |anon_vma.len[av0]@5|))
                (and (= rule@5 #x1a) (= migrate0.pc@5 #x0f))
                (and (= rule@5 #x1b) (= migrate0.pc@5 #x10))
                (and (= rule@5 #x1c) (= migrate0.pc@5 #x11))
                (and (= rule@5 #x1d) (= migrate0.pc@5 #x12))
                (and (= rule@5 #x1e) (= migrate0.pc@5 #x13))
                (and (= rule@5 #x1f)
                     (= migrate0.pc@5 #x14)
                     (bvult migrate0.pass@5 #x00))
                (and (= rule@5 #x20)
                     (= migrate0.pc@5 #x14)
                     (bvuge migrate0.pass@5 #x00))
                (and (= rule@5 #x21) (= migrate0.pc@5 #x15))
                (and (= rule@5 #x22)
                     (= gup0.pc@5 #x00)
                     (not (= |alive[P0]@5| #x00))
                     (= |&mm->mmap_lock.writer[P0]@5| #x00))
                (and (= rule@5 #x23)
                     (= gup0.pc@5 #x01)
                     (= |ptlock_ptr(page)[P0]@5| #x00)
                     (= |pte[P0][0]@5| #x01)
                     (not (= |pte.write[P0][0]@5| #x00)))
                (and (= rule@5 #x24)
                     (= gup0.pc@5 #x01)
                     (= |ptlock_ptr(page)[P0]@5| #x00)
                     (not (= |pte[P0][0]@5| #x00))
                     (not (= |pte[P0][0]@5| #x01)))
                a!6
                (and (= rule@5 #x26)
                     (= gup0.pc@5 #x01)
                     (= |ptlock_ptr(page)[P0]@5| #x00)
                     a!7
                     a!8)
                (and (= rule@5 #x27) (= gup0.pc@5 #x03))
                (and (= rule@5 #x28) (= gup0.pc@5 #x04))
                (and (= rule@5 #x29)
                     (= fault0.pc@5 #x00)
                     (not (= |alive[P0]@5| #x00))
                     (= |pte[P0][0]@5| #x01))
                (and (= rule@5 #x2a)
                     (= fault0.pc@5 #x00)
                     (not (= |alive[P0]@5| #x00))
                     (not (= |pte[P0][0]@5| #x01)))
                (and (= rule@5 #x2b)
                     (= fault0.pc@5 #x01)
                     (= |&mm->mmap_lock.writer[P0]@5| #x00))
                (and (= rule@5 #x2c)
                     (= fault0.pc@5 #x02)
                     (= |ptlock_ptr(page)[P0]@5| #x00)
                     (= |pte[P0][0]@5| #x01))
                (and (= rule@5 #x2d)
                     (= fault0.pc@5 #x02)
                     (= |ptlock_ptr(page)[P0]@5| #x00)
                     (not (= |pte[P0][0]@5| #x00))
                     (not (= |pte[P0][0]@5| #x01)))
                a!9
                (and (= rule@5 #x2f)
                     (= fault0.pc@5 #x02)
                     (= |pte[P0][0]@5| #x00))))
      (a!13 (ite (and (= rule@5 #x10) (= |anon_vma.list[av0][0]@5| #x00))
                 (ite (and (= |pte[P0][0]@5| #x01)
                           (= |pte.folio[P0][0]@5| #x00))
                      a!11
                      |pte[P0][0]@5|)
                 (ite (and (= rule@5 #x18) (= |anon_vma.list[av0][0]@5| #x00))
                      (ite a!12 #x01 |pte[P0][0]@5|)
                      |pte[P0][0]@5|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@5 #x00)) migrate0.dst@5 #x00)
                 |pte.folio[P0][0]@5|))
      (a!16 (ite (and (= rule@5 #x18) (= |anon_vma.list[av0][0]@5| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@5| #x04) #x01 #x00)
                      |pte.write[P0][0]@5|)
                 |pte.write[P0][0]@5|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@5 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@5|
                   (bvadd (ite (= migrate0.anon_vma@5 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@5 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@5 #x01))
                      (= |anon_vma.refcount[av0]@5| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@5 #x21) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!29
                      |folio.used[F0]@5|)))
      (a!34 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 a!28
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                      a!29
                      |folio.used[F1]@5|)))
      (a!40 (ite (and (= rule@5 #x23) (= |pte.folio[P0][0]@5| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@5| #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@5 #x23) (= |pte.folio[P0][0]@5| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@5| #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@5| |folio.mapcount[F1]@5|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@5| |folio.mapcount[F1]@5|)))
      (a!59 (ite (and (= rule@5 #x21) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 #x01)
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!58
                      |PG_lru[F0]@5|)))
      (a!64 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                      a!58
                      |PG_lru[F1]@5|)))
      (a!67 (ite (and (not (= |pte[P0][0]@5| #x00))
                      (not (= |pte[P0][0]@5| #x01))
                      (= |pte.folio[P0][0]@5| #x00)
                      (not (= |pte[P0][0]@5| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@5| |PG_anon_exclusive[F1]@5|)))
      (a!70 (ite (and (= rule@5 #x21) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@5|)))
      (a!75 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 a!68
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@5|)))
      (a!80 (ite (and (= rule@5 #x21) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!79
                      |folio.mapping[F0]@5|)))
      (a!84 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 a!78
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                      a!79
                      |folio.mapping[F1]@5|)))
      (a!89 (ite (and (= rule@5 #x21) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!88
                      |folio.index[F0]@5|)))
      (a!93 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 a!87
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                      a!88
                      |folio.index[F1]@5|)))
      (a!98 (ite (and (= rule@5 #x27) (= gup0.page@5 #x00))
                 #x02
                 (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                      a!97
                      |folio.data[F0]@5|)))
      (a!103 (ite (and (= rule@5 #x27) (= gup0.page@5 #x01))
                  #x02
                  (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                       a!97
                       |folio.data[F1]@5|)))
      (a!109 (ite (and (= rule@5 #x21) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x28) (= gup0.page@5 #x00))
                       a!108
                       |folio.node[F0]@5|)))
      (a!113 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                  a!107
                  (ite (and (= rule@5 #x28) (= gup0.page@5 #x01))
                       a!108
                       |folio.node[F1]@5|)))
      (a!119 (ite (and (= rule@5 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@5| #x01)
                  (ite (and (= rule@5 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@5| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@5 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@5| #x01)
                  (ite (and (= rule@5 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@5| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@5 #x08) true)
                  #x01
                  (ite (and (= rule@5 #x0d) (= migrate0.dst@5 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@5 #x1e) true)
                  #x1f
                  (ite (and (= rule@5 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@5 #x03) true)
                  a!27
                  (ite (and (= rule@5 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@6
                (ite (and (= rule@5 #x09) true) |folio.mapping[F0]@5| a!149)))
      (a!152 (ite (and (= rule@5 #x11) true)
                  #x00
                  (ite (and (= rule@5 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@5 #x06) true)
                  #x00
                  (ite (and (= rule@5 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@5 #x25) true)
                  #x01
                  (ite (and (= rule@5 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@5 #x2c) true)
                  #x00
                  (ite (and (= rule@5 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@6|
               (ite (and (= rule@5 #x18) (= |anon_vma.list[av0][0]@5| #x00))
                    a!14
                    |pte.folio[P0][0]@5|)))
      (a!17 (ite (and (= rule@5 #x10) (= |anon_vma.list[av0][0]@5| #x00))
                 (ite (and (= |pte[P0][0]@5| #x01)
                           (= |pte.folio[P0][0]@5| #x00))
                      #x00
                      |pte.write[P0][0]@5|)
                 a!16))
      (a!25 (ite (and (= rule@5 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@5| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@5|)
                 |anon_vma.refcount[av0]@5|))
      (a!31 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 a!28
                 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 a!28
                 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x21) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@5 #x10) true)
                 (ite (and (= |pte[P0][0]@5| #x01)
                           (= |pte.folio[P0][0]@5| #x00))
                      (bvsub |folio.mapcount[F0]@5| #x01)
                      |folio.mapcount[F0]@5|)
                 (ite (and (= rule@5 #x18) a!38) a!54 |folio.mapcount[F0]@5|)))
      (a!56 (= |folio.mapcount[F1]@6|
               (ite (and (= rule@5 #x18) a!47) a!54 |folio.mapcount[F1]@5|)))
      (a!60 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 a!57
                 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 a!68
                 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 a!68
                 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 a!78
                 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 a!78
                 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 a!87
                 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 a!87
                 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00))
                 a!96
                 (ite (and (= rule@5 #x21) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.data[F0]@5|)
                      a!98)))
      (a!104 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01))
                  a!96
                  (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                  a!107
                  (ite (and (= rule@5 #x20) (= migrate0.dst@5 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                  a!107
                  (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@5 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@5| #x01)
                  (ite (and (= rule@5 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@5| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@6| (ite (and (= rule@5 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@5 #x1c) true)
                  (ite (not (= migrate0.ok@5 #x00)) #x12 #x14)
                  (ite (and (= rule@5 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@5 #x0e) true)
                  #x00
                  (ite (and (= rule@5 #x10) true)
                       (bvadd migrate0.cursor@5 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@5 #x23) true)
                  #x03
                  (ite (and (= rule@5 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@5 #x2a) true)
                  #x01
                  (ite (and (= rule@5 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@5 #x09) (= |folio.mapping[F0]@5| #x00))
                 (bvadd |anon_vma.refcount[av0]@5| #x01)
                 (ite (and (= rule@5 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@5|)
                      a!25)))
      (a!32 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 a!28
                 (ite (and (= rule@5 #x1e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.used[F0]@5|)
                      a!31)))
      (a!36 (= |folio.used[F1]@6|
               (ite (and (= rule@5 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x01))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 a!57
                 (ite (and (= rule@5 #x1e) true)
                      (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@6|
               (ite (and (= rule@5 #x16) (= migrate0.dst@5 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 a!68
                 (ite (and (= rule@5 #x1e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@5|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@6|
               (ite (and (= rule@5 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 a!78
                 (ite (and (= rule@5 #x1e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x01
                           |folio.mapping[F0]@5|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@6|
               (ite (and (= rule@5 #x12) (= migrate0.dst@5 #x01))
                    |folio.mapping[F0]@5|
                    a!85)))
      (a!91 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 a!87
                 (ite (and (= rule@5 #x1e) true)
                      (ite (= |folio.refcount[F0]@5| #x01)
                           #x00
                           |folio.index[F0]@5|)
                      a!90)))
      (a!95 (= |folio.index[F1]@6|
               (ite (and (= rule@5 #x12) (= migrate0.dst@5 #x01))
                    |folio.index[F0]@5|
                    a!94)))
      (a!100 (ite (and (= rule@5 #x1e) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                  (ite (and (= rule@5 #x1f) (= migrate0.dst@5 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@5 #x15) (= migrate0.dst@5 #x01))
                  |folio.data[F0]@5|
                  (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                  a!107
                  (ite (and (= rule@5 #x1e) true)
                       (ite (= |folio.refcount[F0]@5| #x01)
                            #x00
                            |folio.node[F0]@5|)
                       a!110)))
      (a!115 (= |folio.node[F1]@6|
                (ite (and (= rule@5 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@5|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@6|
                (ite (and (= rule@5 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@5| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@5 #x1a) true)
                  #x10
                  (ite (and (= rule@5 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@6 (ite (and (= rule@5 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@6 (ite (and (= rule@5 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@5 #x02) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.used[F0]@5|)
                 (ite (and (= rule@5 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 (ite (and (= rule@5 #x1e) true)
                      (bvsub |folio.refcount[F0]@5| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x01))
                 (bvsub (ite (= migrate0.dst@5 #x00)
                             |folio.refcount[F0]@5|
                             |folio.refcount[F1]@5|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@5 #x02) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |PG_lru[F0]@5|)
                 (ite (and (= rule@5 #x16) (= migrate0.dst@5 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@5 #x10) true)
                 (ite (and (= |pte[P0][0]@5| #x01)
                           (= |pte.folio[P0][0]@5| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@5|)
                 (ite (and (= rule@5 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@5 #x02) true)
                 (ite (= |folio.refcount[F0]@5| #x01)
                      #x01
                      |folio.mapping[F0]@5|)
                 (ite (and (= rule@5 #x12) (= migrate0.dst@5 #x00))
                      |folio.mapping[F0]@5|
                      a!82)))
      (a!92 (ite (and (= rule@5 #x02) true)
                 (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.index[F0]@5|)
                 (ite (and (= rule@5 #x12) (= migrate0.dst@5 #x00))
                      |folio.index[F0]@5|
                      a!91)))
      (a!101 (ite (and (= rule@5 #x15) (= migrate0.dst@5 #x00))
                  |folio.data[F0]@5|
                  (ite (and (= rule@5 #x1d) (= migrate0.dst@5 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@6|
                (ite (and (= rule@5 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@5 #x02) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.node[F0]@5|)
                  (ite (and (= rule@5 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@5|)
                       a!111)))
      (a!132 (ite (and (= rule@5 #x17) true)
                  #x0e
                  (ite (and (= rule@5 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@5 #x10) true)
                 a!37
                 (ite (and (= rule@5 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@5|
                                  |folio.refcount[F1]@5|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@5 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@5 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@5|
                                  |folio.refcount[F1]@5|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@6| (ite (and (= rule@5 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@6|
               (ite (and (= rule@5 #x02) true)
                    (ite (= |folio.refcount[F0]@5| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@5|)
                    a!73)))
      (a!102 (ite (and (= rule@5 #x02) true)
                  (ite (= |folio.refcount[F0]@5| #x01) #x00 |folio.data[F0]@5|)
                  (ite (and (= rule@5 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@5 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@5 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@5 #x02) true)
                 (bvsub |folio.refcount[F0]@5| #x01)
                 (ite (and (= rule@5 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@5 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@5 #x00)) #x0d #x0f)
                  (ite (and (= rule@5 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@6|
               (ite (and (= rule@5 #x00) true)
                    (bvadd |folio.refcount[F0]@5| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@5 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@5 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@5 #x11) true)
                  #x0a
                  (ite (and (= rule@5 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@5 #x0e) true)
                  #x09
                  (ite (and (= rule@5 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@5 #x0c) true)
                  #x06
                  (ite (and (= rule@5 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@5 #x0a) true)
                  #x06
                  (ite (and (= rule@5 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@5 #x08) true)
                  #x04
                  (ite (and (= rule@5 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@5 #x06) true)
                  #x14
                  (ite (and (= rule@5 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@5 #x04) true)
                  #x15
                  (ite (and (= rule@5 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@5 #x02) true)
                  #x1f
                  (ite (and (= rule@5 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@5 #x00) true)
                  #x01
                  (ite (and (= rule@5 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@6| |alive[P0]@5|)
       (= |pte[P0][0]@6| a!13)
       a!15
       (= |pte.write[P0][0]@6| a!17)
       a!18
       (= |anon_vma.list[av0][0]@6| |anon_vma.list[av0][0]@5|)
       (= |anon_vma.len[av0]@6| |anon_vma.len[av0]@5|)
       (= |anon_vma.refcount[av0]@6| a!26)
       (= |folio.used[F0]@6| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@6| a!53)
       (= |folio.mapcount[F0]@6| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@6| a!83)
       a!86
       (= |folio.index[F0]@6| a!92)
       a!95
       (= |folio.data[F0]@6| a!102)
       a!106
       (= |folio.node[F0]@6| a!112)
       a!115
       (= gup0.wait_folio@6 a!116)
       (= fault0.wait_folio@6 a!117)
       (= |&mm->mmap_lock.writer[P0]@6| |&mm->mmap_lock.writer[P0]@5|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@6| |&anon_vma->rwsem.writer[av0]@5|)
       (= |&anon_vma->rwsem.readers[av0]@6| a!123)
       (= |ptlock_ptr(page)[P0]@6| |ptlock_ptr(page)[P0]@5|)
       a!126
       (= |PG_locked[F1]@6| a!127)
       (= migrate0.pc@6 a!144)
       (= migrate0.isolated@6 a!146)
       (= migrate0.dst@6 a!148)
       a!150
       (= migrate0.cursor@6 a!153)
       (= migrate0.page_was_mapped@6 a!154)
       (= migrate0.ok@6 a!156)
       a!157
       a!161
       (= gup0.page@6 a!162)
       a!166
       (= fault0.old_page@6 fault0.old_page@5)
       (= fault0.new_page@6 fault0.new_page@5)
       (bvule |alive[P0]@6| #x01)
       (bvule |pte[P0][0]@6| #x07)
       (bvule |pte.folio[P0][0]@6| #x01)
       (bvule |pte.write[P0][0]@6| #x01)
       (bvule |expected[P0][0]@6| #x02)
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
       (bvule |folio.data[F0]@6| #x02)
       (bvule |folio.data[F1]@6| #x02)
       (bvule |folio.node[F0]@6| #x01)
       (bvule |folio.node[F1]@6| #x01)
       (bvule gup0.wait_folio@6 #x02)
       (bvule fault0.wait_folio@6 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@6| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@6| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@6| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@6| #x03)
       (bvule |ptlock_ptr(page)[P0]@6| #x03)
       (bvule |PG_locked[F0]@6| #x03)
       (bvule |PG_locked[F1]@6| #x03)
       (bvule migrate0.pc@6 #x1f)
       (bvule migrate0.isolated@6 #x01)
       (bvule migrate0.dst@6 #x02)
       (bvule migrate0.anon_vma@6 #x01)
       (bvule migrate0.cursor@6 #x01)
       (bvule migrate0.page_was_mapped@6 #x01)
       (bvule migrate0.ok@6 #x01)
       (bvule migrate0.pass@6 #x00)
       (bvule gup0.pc@6 #x05)
       (bvule gup0.page@6 #x02)
       (bvule fault0.pc@6 #x0c)
       (bvule fault0.old_page@6 #x02)
       (bvule fault0.new_page@6 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@6| #x00)))
               (not (not (= |folio.used[F1]@6| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@6| #x00)
                     (not (= |folio.mapping[F0]@6| #x01))
                     (bvugt |anon_vma.refcount[av0]@6| #x00))))
      (a!4 (and (= rule@6 #x0d)
                (= migrate0.pc@6 #x06)
                (= (ite (= migrate0.dst@6 #x00)
                        |PG_locked[F0]@6|
                        |PG_locked[F1]@6|)
                   #x00)))
      (a!5 (and (= rule@6 #x11)
                (= migrate0.pc@6 #x09)
                (or (bvuge migrate0.cursor@6 |anon_vma.len[av0]@6|)
                    (not (bvugt |folio.mapcount[F0]@6| #x00)))))
      (a!6 (and (= rule@6 #x25)
                (= gup0.pc@6 #x02)
                (= (ite (= gup0.wait_folio@6 #x00)
                        |PG_locked[F0]@6|
                        |PG_locked[F1]@6|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@6| #x01)
                     (not (= |pte.write[P0][0]@6| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@6| #x00))
                     (not (= |pte[P0][0]@6| #x01)))))
      (a!9 (and (= rule@6 #x2e)
                (= fault0.pc@6 #x06)
                (= (ite (= fault0.wait_folio@6 #x00)
                        |PG_locked[F0]@6|
                        |PG_locked[F1]@6|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@6| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@6| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@6| #x00))
                 (not (= |pte[P0][0]@6| #x01))
                 (= |pte.folio[P0][0]@6| #x00)))
      (a!18 (= |expected[P0][0]@7|
               (ite (and (= rule@6 #x27) true) #x02 |expected[P0][0]@6|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@6| #x01)
                      (not (= migrate0.anon_vma@6 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@6 #x01)) migrate0.anon_vma@6 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@6| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!29 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= gup0.page@6 #x00)
                      |folio.used[F0]@6|
                      |folio.used[F1]@6|)))
      (a!37 (bvsub |folio.refcount[F0]@6|
                   (ite (and (= |pte[P0][0]@6| #x01)
                             (= |pte.folio[P0][0]@6| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@6 #x00)) migrate0.dst@6 #x00) #x00))
      (a!39 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                 (bvsub (ite (= gup0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F0]@6|))
      (a!47 (= (ite (not (= migrate0.ok@6 #x00)) migrate0.dst@6 #x00) #x01))
      (a!48 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                 (bvsub (ite (= gup0.page@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 |folio.refcount[F1]@6|))
      (a!57 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!58 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= gup0.page@6 #x00) |PG_lru[F0]@6| |PG_lru[F1]@6|)))
      (a!68 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!69 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= gup0.page@6 #x00)
                      |PG_anon_exclusive[F0]@6|
                      |PG_anon_exclusive[F1]@6|)))
      (a!78 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!79 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x01
                 (ite (= gup0.page@6 #x00)
                      |folio.mapping[F0]@6|
                      |folio.mapping[F1]@6|)))
      (a!87 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!88 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= gup0.page@6 #x00)
                      |folio.index[F0]@6|
                      |folio.index[F1]@6|)))
      (a!96 (ite (= (ite (= migrate0.dst@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!97 (ite (= (ite (= gup0.page@6 #x00)
                         |folio.refcount[F0]@6|
                         |folio.refcount[F1]@6|)
                    #x01)
                 #x00
                 (ite (= gup0.page@6 #x00)
                      |folio.data[F0]@6|
                      |folio.data[F1]@6|)))
      (a!107 (ite (= (ite (= migrate0.dst@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!108 (ite (= (ite (= gup0.page@6 #x00)
                          |folio.refcount[F0]@6|
                          |folio.refcount[F1]@6|)
                     #x01)
                  #x00
                  (ite (= gup0.page@6 #x00)
                       |folio.node[F0]@6|
                       |folio.node[F1]@6|)))
      (a!116 (ite (and (= rule@6 #x24) true)
                  |pte.folio[P0][0]@6|
                  (ite (and (= rule@6 #x25) true) #x02 gup0.wait_folio@6)))
      (a!117 (ite (and (= rule@6 #x2d) true)
                  |pte.folio[P0][0]@6|
                  (ite (and (= rule@6 #x2e) true) #x02 fault0.wait_folio@6)))
      (a!118 (ite (and (= rule@6 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@6| #x01)
                  (ite (and (= rule@6 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@6| #x01)
                       |&mm->mmap_lock.readers[P0]@6|)))
      (a!122 (ite (and (= rule@6 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@6| #x01)
                  (ite (and (= rule@6 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@6| #x01)
                       |&anon_vma->rwsem.readers[av0]@6|)))
      (a!124 (ite (and (= rule@6 #x1a) (= migrate0.dst@6 #x00))
                  #x00
                  (ite (and (= rule@6 #x1c) true) #x00 |PG_locked[F0]@6|)))
      (a!127 (ite (and (= rule@6 #x0d) (= migrate0.dst@6 #x01))
                  #x01
                  (ite (and (= rule@6 #x1a) (= migrate0.dst@6 #x01))
                       #x00
                       |PG_locked[F1]@6|)))
      (a!128 (ite (and (= rule@6 #x20) true)
                  #x15
                  (ite (and (= rule@6 #x21) true) #x1f migrate0.pc@6)))
      (a!145 (ite (and (= rule@6 #x1e) true)
                  #x00
                  (ite (and (= rule@6 #x21) true) #x00 migrate0.isolated@6)))
      (a!147 (ite (and (= rule@6 #x1f) true)
                  #x02
                  (ite (and (= rule@6 #x20) true) #x02 migrate0.dst@6)))
      (a!149 (ite (and (= rule@6 #x0b) true)
                  #x01
                  (ite (and (= rule@6 #x1b) true) #x01 migrate0.anon_vma@6)))
      (a!151 (ite (and (= rule@6 #x18) true)
                  (bvadd migrate0.cursor@6 #x01)
                  (ite (and (= rule@6 #x19) true) #x00 migrate0.cursor@6)))
      (a!154 (ite (and (= rule@6 #x0e) true)
                  #x01
                  (ite (and (= rule@6 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@6)))
      (a!155 (ite (and (= rule@6 #x14) true)
                  #x00
                  (ite (and (= rule@6 #x15) true) #x01 migrate0.ok@6)))
      (a!157 (= migrate0.pass@7
                (ite (and (= rule@6 #x1f) true)
                     (bvadd migrate0.pass@6 #x01)
                     migrate0.pass@6)))
      (a!158 (ite (and (= rule@6 #x27) true)
                  #x04
                  (ite (and (= rule@6 #x28) true) #x05 gup0.pc@6)))
      (a!162 (ite (and (= rule@6 #x23) true)
                  |pte.folio[P0][0]@6|
                  (ite (and (= rule@6 #x28) true) #x02 gup0.page@6)))
      (a!163 (ite (and (= rule@6 #x2e) true)
                  #x00
                  (ite (and (= rule@6 #x2f) true) #x0c fault0.pc@6))))
(let ((a!10 (or (and (= rule@6 #x00)
                     (= migrate0.pc@6 #x00)
                     (not (= |folio.used[F0]@6| #x00))
                     (not (= |PG_lru[F0]@6| #x00)))
                (and (= rule@6 #x01) (= migrate0.pc@6 #x00) a!1)
                (and (= rule@6 #x02)
                     (= migrate0.pc@6 #x01)
                     (= |folio.refcount[F0]@6| #x01))
                (and (= rule@6 #x03)
                     (= migrate0.pc@6 #x01)
                     (not (= |folio.refcount[F0]@6| #x01))
                     a!2)
                (and (= rule@6 #x04)
                     (= migrate0.pc@6 #x01)
                     (not (= |folio.refcount[F0]@6| #x01))
                     (not a!2))
                (and (= rule@6 #x05)
                     (= migrate0.pc@6 #x02)
                     (= |PG_locked[F0]@6| #x00))
                (and (= rule@6 #x06)
                     (= migrate0.pc@6 #x02)
                     (not (= |PG_locked[F0]@6| #x00))
                     (not (bvuge migrate0.pass@6 #x03)))
                (and (= rule@6 #x07)
                     (= migrate0.pc@6 #x02)
                     (not (= |PG_locked[F0]@6| #x00))
                     (bvuge migrate0.pass@6 #x03))
                (and (= rule@6 #x08)
                     (= migrate0.pc@6 #x03)
                     (= |PG_locked[F0]@6| #x00))
                (and (= rule@6 #x09)
                     (= migrate0.pc@6 #x04)
                     (bvugt |folio.mapcount[F0]@6| #x00)
                     (not (= |folio.mapping[F0]@6| #x01))
                     (bvugt |anon_vma.refcount[av0]@6| #x00))
                (and (= rule@6 #x0a)
                     (= migrate0.pc@6 #x05)
                     (bvugt |folio.mapcount[F0]@6| #x00))
                (and (= rule@6 #x0b)
                     (= migrate0.pc@6 #x05)
                     (not (bvugt |folio.mapcount[F0]@6| #x00)))
                (and (= rule@6 #x0c) (= migrate0.pc@6 #x04) a!3)
                a!4
                (and (= rule@6 #x0e)
                     (= migrate0.pc@6 #x08)
                     (bvugt |folio.mapcount[F0]@6| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@6| #x00))
                (and (= rule@6 #x0f)
                     (= migrate0.pc@6 #x08)
                     (not (bvugt |folio.mapcount[F0]@6| #x00)))
                (and (= rule@6 #x10)
                     (= migrate0.pc@6 #x09)
                     (bvult migrate0.cursor@6 |anon_vma.len[av0]@6|)
                     (bvugt |folio.mapcount[F0]@6| #x00)
                     (= |folio.index[F0]@6| #x00)
                     (= |ptlock_ptr(page)[P0]@6| #x00))
                a!5
                (and (= rule@6 #x12)
                     (= migrate0.pc@6 #x0a)
                     (not (bvugt |folio.mapcount[F0]@6| #x00))
                     (= |folio.refcount[F0]@6| #x02))
                (and (= rule@6 #x13)
                     (= migrate0.pc@6 #x0a)
                     (not (bvugt |folio.mapcount[F0]@6| #x00))
                     (not (= |folio.refcount[F0]@6| #x02)))
                (and (= rule@6 #x14)
                     (= migrate0.pc@6 #x0a)
                     (bvugt |folio.mapcount[F0]@6| #x00))
                (and (= rule@6 #x15) (= migrate0.pc@6 #x0b))
                (and (= rule@6 #x16) (= migrate0.pc@6 #x0c))
                (and (= rule@6 #x17)
                     (= migrate0.pc@6 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@6| #x00))
                (and (= rule@6 #x18)
                     (= migrate0.pc@6 #x0e)
                     (bvult migrate0.cursor@6 |anon_vma.len[av0]@6|)
                     (= |folio.index[F0]@6| #x00)
                     (= |ptlock_ptr(page)[P0]@6| #x00))
                (and (= rule@6 #x19)
                     (= migrate0.pc@6 #x0e)
                     (bvuge migrate0.cursor@6 |anon_vma.len[av0]@6|))
                (and (= rule@6 #x1a) (= migrate0.pc@6 #x0f))
                (and (= rule@6 #x1b) (= migrate0.pc@6 #x10))
                (and (= rule@6 #x1c) (= migrate0.pc@6 #x11))
                (and (= rule@6 #x1d) (= migrate0.pc@6 #x12))
                (and (= rule@6 #x1e) (= migrate0.pc@6 #x13))
                (and (= rule@6 #x1f)
                     (= migrate0.pc@6 #x14)
                     (bvult migrate0.pass@6 #x00))
                (and (= rule@6 #x20)
                     (= migrate0.pc@6 #x14)
                     (bvuge migrate0.pass@6 #x00))
                (and (= rule@6 #x21) (= migrate0.pc@6 #x15))
                (and (= rule@6 #x22)
                     (= gup0.pc@6 #x00)
                     (not (= |alive[P0]@6| #x00))
                     (= |&mm->mmap_lock.writer[P0]@6| #x00))
                (and (= rule@6 #x23)
                     (= gup0.pc@6 #x01)
                     (= |ptlock_ptr(page)[P0]@6| #x00)
                     (= |pte[P0][0]@6| #x01)
                     (not (= |pte.write[P0][0]@6| #x00)))
                (and (= rule@6 #x24)
                     (= gup0.pc@6 #x01)
                     (= |ptlock_ptr(page)[P0]@6| #x00)
                     (not (= |pte[P0][0]@6| #x00))
                     (not (= |pte[P0][0]@6| #x01)))
                a!6
                (and (= rule@6 #x26)
                     (= gup0.pc@6 #x01)
                     (= |ptlock_ptr(page)[P0]@6| #x00)
                     a!7
                     a!8)
                (and (= rule@6 #x27) (= gup0.pc@6 #x03))
                (and (= rule@6 #x28) (= gup0.pc@6 #x04))
                (and (= rule@6 #x29)
                     (= fault0.pc@6 #x00)
                     (not (= |alive[P0]@6| #x00))
                     (= |pte[P0][0]@6| #x01))
                (and (= rule@6 #x2a)
                     (= fault0.pc@6 #x00)
                     (not (= |alive[P0]@6| #x00))
                     (not (= |pte[P0][0]@6| #x01)))
                (and (= rule@6 #x2b)
                     (= fault0.pc@6 #x01)
                     (= |&mm->mmap_lock.writer[P0]@6| #x00))
                (and (= rule@6 #x2c)
                     (= fault0.pc@6 #x02)
                     (= |ptlock_ptr(page)[P0]@6| #x00)
                     (= |pte[P0][0]@6| #x01))
                (and (= rule@6 #x2d)
                     (= fault0.pc@6 #x02)
                     (= |ptlock_ptr(page)[P0]@6| #x00)
                     (not (= |pte[P0][0]@6| #x00))
                     (not (= |pte[P0][0]@6| #x01)))
                a!9
                (and (= rule@6 #x2f)
                     (= fault0.pc@6 #x02)
                     (= |pte[P0][0]@6| #x00))))
      (a!13 (ite (and (= rule@6 #x10) (= |anon_vma.list[av0][0]@6| #x00))
                 (ite (and (= |pte[P0][0]@6| #x01)
                           (= |pte.folio[P0][0]@6| #x00))
                      a!11
                      |pte[P0][0]@6|)
                 (ite (and (= rule@6 #x18) (= |anon_vma.list[av0][0]@6| #x00))
                      (ite a!12 #x01 |pte[P0][0]@6|)
                      |pte[P0][0]@6|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@6 #x00)) migrate0.dst@6 #x00)
                 |pte.folio[P0][0]@6|))
      (a!16 (ite (and (= rule@6 #x18) (= |anon_vma.list[av0][0]@6| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@6| #x04) #x01 #x00)
                      |pte.write[P0][0]@6|)
                 |pte.write[P0][0]@6|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@6 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@6|
                   (bvadd (ite (= migrate0.anon_vma@6 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@6 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@6 #x01))
                      (= |anon_vma.refcount[av0]@6| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@6 #x21) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!29
                      |folio.used[F0]@6|)))
      (a!34 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 a!28
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                      a!29
                      |folio.used[F1]@6|)))
      (a!40 (ite (and (= rule@6 #x23) (= |pte.folio[P0][0]@6| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@6| #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@6 #x23) (= |pte.folio[P0][0]@6| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@6| #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@6| |folio.mapcount[F1]@6|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@6| |folio.mapcount[F1]@6|)))
      (a!59 (ite (and (= rule@6 #x21) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 #x01)
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!58
                      |PG_lru[F0]@6|)))
      (a!64 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                      a!58
                      |PG_lru[F1]@6|)))
      (a!67 (ite (and (not (= |pte[P0][0]@6| #x00))
                      (not (= |pte[P0][0]@6| #x01))
                      (= |pte.folio[P0][0]@6| #x00)
                      (not (= |pte[P0][0]@6| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@6| |PG_anon_exclusive[F1]@6|)))
      (a!70 (ite (and (= rule@6 #x21) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@6|)))
      (a!75 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 a!68
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@6|)))
      (a!80 (ite (and (= rule@6 #x21) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!79
                      |folio.mapping[F0]@6|)))
      (a!84 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 a!78
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                      a!79
                      |folio.mapping[F1]@6|)))
      (a!89 (ite (and (= rule@6 #x21) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!88
                      |folio.index[F0]@6|)))
      (a!93 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 a!87
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                      a!88
                      |folio.index[F1]@6|)))
      (a!98 (ite (and (= rule@6 #x27) (= gup0.page@6 #x00))
                 #x02
                 (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                      a!97
                      |folio.data[F0]@6|)))
      (a!103 (ite (and (= rule@6 #x27) (= gup0.page@6 #x01))
                  #x02
                  (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                       a!97
                       |folio.data[F1]@6|)))
      (a!109 (ite (and (= rule@6 #x21) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x28) (= gup0.page@6 #x00))
                       a!108
                       |folio.node[F0]@6|)))
      (a!113 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                  a!107
                  (ite (and (= rule@6 #x28) (= gup0.page@6 #x01))
                       a!108
                       |folio.node[F1]@6|)))
      (a!119 (ite (and (= rule@6 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@6| #x01)
                  (ite (and (= rule@6 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@6| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@6 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@6| #x01)
                  (ite (and (= rule@6 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@6| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@6 #x08) true)
                  #x01
                  (ite (and (= rule@6 #x0d) (= migrate0.dst@6 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@6 #x1e) true)
                  #x1f
                  (ite (and (= rule@6 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@6 #x03) true)
                  a!27
                  (ite (and (= rule@6 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@7
                (ite (and (= rule@6 #x09) true) |folio.mapping[F0]@6| a!149)))
      (a!152 (ite (and (= rule@6 #x11) true)
                  #x00
                  (ite (and (= rule@6 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@6 #x06) true)
                  #x00
                  (ite (and (= rule@6 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@6 #x25) true)
                  #x01
                  (ite (and (= rule@6 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@6 #x2c) true)
                  #x00
                  (ite (and (= rule@6 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@7|
               (ite (and (= rule@6 #x18) (= |anon_vma.list[av0][0]@6| #x00))
                    a!14
                    |pte.folio[P0][0]@6|)))
      (a!17 (ite (and (= rule@6 #x10) (= |anon_vma.list[av0][0]@6| #x00))
                 (ite (and (= |pte[P0][0]@6| #x01)
                           (= |pte.folio[P0][0]@6| #x00))
                      #x00
                      |pte.write[P0][0]@6|)
                 a!16))
      (a!25 (ite (and (= rule@6 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@6| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@6|)
                 |anon_vma.refcount[av0]@6|))
      (a!31 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 a!28
                 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 a!28
                 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x21) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@6 #x10) true)
                 (ite (and (= |pte[P0][0]@6| #x01)
                           (= |pte.folio[P0][0]@6| #x00))
                      (bvsub |folio.mapcount[F0]@6| #x01)
                      |folio.mapcount[F0]@6|)
                 (ite (and (= rule@6 #x18) a!38) a!54 |folio.mapcount[F0]@6|)))
      (a!56 (= |folio.mapcount[F1]@7|
               (ite (and (= rule@6 #x18) a!47) a!54 |folio.mapcount[F1]@6|)))
      (a!60 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 a!57
                 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 a!68
                 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 a!68
                 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 a!78
                 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 a!78
                 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 a!87
                 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 a!87
                 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00))
                 a!96
                 (ite (and (= rule@6 #x21) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.data[F0]@6|)
                      a!98)))
      (a!104 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01))
                  a!96
                  (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                  a!107
                  (ite (and (= rule@6 #x20) (= migrate0.dst@6 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                  a!107
                  (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@6 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@6| #x01)
                  (ite (and (= rule@6 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@6| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@7| (ite (and (= rule@6 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@6 #x1c) true)
                  (ite (not (= migrate0.ok@6 #x00)) #x12 #x14)
                  (ite (and (= rule@6 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@6 #x0e) true)
                  #x00
                  (ite (and (= rule@6 #x10) true)
                       (bvadd migrate0.cursor@6 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@6 #x23) true)
                  #x03
                  (ite (and (= rule@6 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@6 #x2a) true)
                  #x01
                  (ite (and (= rule@6 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@6 #x09) (= |folio.mapping[F0]@6| #x00))
                 (bvadd |anon_vma.refcount[av0]@6| #x01)
                 (ite (and (= rule@6 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@6|)
                      a!25)))
      (a!32 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 a!28
                 (ite (and (= rule@6 #x1e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.used[F0]@6|)
                      a!31)))
      (a!36 (= |folio.used[F1]@7|
               (ite (and (= rule@6 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x01))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 a!57
                 (ite (and (= rule@6 #x1e) true)
                      (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@7|
               (ite (and (= rule@6 #x16) (= migrate0.dst@6 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 a!68
                 (ite (and (= rule@6 #x1e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@6|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@7|
               (ite (and (= rule@6 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 a!78
                 (ite (and (= rule@6 #x1e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x01
                           |folio.mapping[F0]@6|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@7|
               (ite (and (= rule@6 #x12) (= migrate0.dst@6 #x01))
                    |folio.mapping[F0]@6|
                    a!85)))
      (a!91 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 a!87
                 (ite (and (= rule@6 #x1e) true)
                      (ite (= |folio.refcount[F0]@6| #x01)
                           #x00
                           |folio.index[F0]@6|)
                      a!90)))
      (a!95 (= |folio.index[F1]@7|
               (ite (and (= rule@6 #x12) (= migrate0.dst@6 #x01))
                    |folio.index[F0]@6|
                    a!94)))
      (a!100 (ite (and (= rule@6 #x1e) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                  (ite (and (= rule@6 #x1f) (= migrate0.dst@6 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@6 #x15) (= migrate0.dst@6 #x01))
                  |folio.data[F0]@6|
                  (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                  a!107
                  (ite (and (= rule@6 #x1e) true)
                       (ite (= |folio.refcount[F0]@6| #x01)
                            #x00
                            |folio.node[F0]@6|)
                       a!110)))
      (a!115 (= |folio.node[F1]@7|
                (ite (and (= rule@6 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@6|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@7|
                (ite (and (= rule@6 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@6| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@6 #x1a) true)
                  #x10
                  (ite (and (= rule@6 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@7 (ite (and (= rule@6 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@7 (ite (and (= rule@6 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@6 #x02) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.used[F0]@6|)
                 (ite (and (= rule@6 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 (ite (and (= rule@6 #x1e) true)
                      (bvsub |folio.refcount[F0]@6| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x01))
                 (bvsub (ite (= migrate0.dst@6 #x00)
                             |folio.refcount[F0]@6|
                             |folio.refcount[F1]@6|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@6 #x02) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |PG_lru[F0]@6|)
                 (ite (and (= rule@6 #x16) (= migrate0.dst@6 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@6 #x10) true)
                 (ite (and (= |pte[P0][0]@6| #x01)
                           (= |pte.folio[P0][0]@6| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@6|)
                 (ite (and (= rule@6 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@6 #x02) true)
                 (ite (= |folio.refcount[F0]@6| #x01)
                      #x01
                      |folio.mapping[F0]@6|)
                 (ite (and (= rule@6 #x12) (= migrate0.dst@6 #x00))
                      |folio.mapping[F0]@6|
                      a!82)))
      (a!92 (ite (and (= rule@6 #x02) true)
                 (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.index[F0]@6|)
                 (ite (and (= rule@6 #x12) (= migrate0.dst@6 #x00))
                      |folio.index[F0]@6|
                      a!91)))
      (a!101 (ite (and (= rule@6 #x15) (= migrate0.dst@6 #x00))
                  |folio.data[F0]@6|
                  (ite (and (= rule@6 #x1d) (= migrate0.dst@6 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@7|
                (ite (and (= rule@6 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@6 #x02) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.node[F0]@6|)
                  (ite (and (= rule@6 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@6|)
                       a!111)))
      (a!132 (ite (and (= rule@6 #x17) true)
                  #x0e
                  (ite (and (= rule@6 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@6 #x10) true)
                 a!37
                 (ite (and (= rule@6 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@6|
                                  |folio.refcount[F1]@6|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@6 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@6 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@6|
                                  |folio.refcount[F1]@6|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@7| (ite (and (= rule@6 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@7|
               (ite (and (= rule@6 #x02) true)
                    (ite (= |folio.refcount[F0]@6| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@6|)
                    a!73)))
      (a!102 (ite (and (= rule@6 #x02) true)
                  (ite (= |folio.refcount[F0]@6| #x01) #x00 |folio.data[F0]@6|)
                  (ite (and (= rule@6 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@6 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@6 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@6 #x02) true)
                 (bvsub |folio.refcount[F0]@6| #x01)
                 (ite (and (= rule@6 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@6 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@6 #x00)) #x0d #x0f)
                  (ite (and (= rule@6 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@7|
               (ite (and (= rule@6 #x00) true)
                    (bvadd |folio.refcount[F0]@6| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@6 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@6 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@6 #x11) true)
                  #x0a
                  (ite (and (= rule@6 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@6 #x0e) true)
                  #x09
                  (ite (and (= rule@6 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@6 #x0c) true)
                  #x06
                  (ite (and (= rule@6 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@6 #x0a) true)
                  #x06
                  (ite (and (= rule@6 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@6 #x08) true)
                  #x04
                  (ite (and (= rule@6 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@6 #x06) true)
                  #x14
                  (ite (and (= rule@6 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@6 #x04) true)
                  #x15
                  (ite (and (= rule@6 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@6 #x02) true)
                  #x1f
                  (ite (and (= rule@6 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@6 #x00) true)
                  #x01
                  (ite (and (= rule@6 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@7| |alive[P0]@6|)
       (= |pte[P0][0]@7| a!13)
       a!15
       (= |pte.write[P0][0]@7| a!17)
       a!18
       (= |anon_vma.list[av0][0]@7| |anon_vma.list[av0][0]@6|)
       (= |anon_vma.len[av0]@7| |anon_vma.len[av0]@6|)
       (= |anon_vma.refcount[av0]@7| a!26)
       (= |folio.used[F0]@7| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@7| a!53)
       (= |folio.mapcount[F0]@7| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@7| a!83)
       a!86
       (= |folio.index[F0]@7| a!92)
       a!95
       (= |folio.data[F0]@7| a!102)
       a!106
       (= |folio.node[F0]@7| a!112)
       a!115
       (= gup0.wait_folio@7 a!116)
       (= fault0.wait_folio@7 a!117)
       (= |&mm->mmap_lock.writer[P0]@7| |&mm->mmap_lock.writer[P0]@6|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@7| |&anon_vma->rwsem.writer[av0]@6|)
       (= |&anon_vma->rwsem.readers[av0]@7| a!123)
       (= |ptlock_ptr(page)[P0]@7| |ptlock_ptr(page)[P0]@6|)
       a!126
       (= |PG_locked[F1]@7| a!127)
       (= migrate0.pc@7 a!144)
       (= migrate0.isolated@7 a!146)
       (= migrate0.dst@7 a!148)
       a!150
       (= migrate0.cursor@7 a!153)
       (= migrate0.page_was_mapped@7 a!154)
       (= migrate0.ok@7 a!156)
       a!157
       a!161
       (= gup0.page@7 a!162)
       a!166
       (= fault0.old_page@7 fault0.old_page@6)
       (= fault0.new_page@7 fault0.new_page@6)
       (bvule |alive[P0]@7| #x01)
       (bvule |pte[P0][0]@7| #x07)
       (bvule |pte.folio[P0][0]@7| #x01)
       (bvule |pte.write[P0][0]@7| #x01)
       (bvule |expected[P0][0]@7| #x02)
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
       (bvule |folio.data[F0]@7| #x02)
       (bvule |folio.data[F1]@7| #x02)
       (bvule |folio.node[F0]@7| #x01)
       (bvule |folio.node[F1]@7| #x01)
       (bvule gup0.wait_folio@7 #x02)
       (bvule fault0.wait_folio@7 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@7| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@7| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@7| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@7| #x03)
       (bvule |ptlock_ptr(page)[P0]@7| #x03)
       (bvule |PG_locked[F0]@7| #x03)
       (bvule |PG_locked[F1]@7| #x03)
       (bvule migrate0.pc@7 #x1f)
       (bvule migrate0.isolated@7 #x01)
       (bvule migrate0.dst@7 #x02)
       (bvule migrate0.anon_vma@7 #x01)
       (bvule migrate0.cursor@7 #x01)
       (bvule migrate0.page_was_mapped@7 #x01)
       (bvule migrate0.ok@7 #x01)
       (bvule migrate0.pass@7 #x00)
       (bvule gup0.pc@7 #x05)
       (bvule gup0.page@7 #x02)
       (bvule fault0.pc@7 #x0c)
       (bvule fault0.old_page@7 #x02)
       (bvule fault0.new_page@7 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@7| #x00)))
               (not (not (= |folio.used[F1]@7| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@7| #x00)
                     (not (= |folio.mapping[F0]@7| #x01))
                     (bvugt |anon_vma.refcount[av0]@7| #x00))))
      (a!4 (and (= rule@7 #x0d)
                (= migrate0.pc@7 #x06)
                (= (ite (= migrate0.dst@7 #x00)
                        |PG_locked[F0]@7|
                        |PG_locked[F1]@7|)
                   #x00)))
      (a!5 (and (= rule@7 #x11)
                (= migrate0.pc@7 #x09)
                (or (bvuge migrate0.cursor@7 |anon_vma.len[av0]@7|)
                    (not (bvugt |folio.mapcount[F0]@7| #x00)))))
      (a!6 (and (= rule@7 #x25)
                (= gup0.pc@7 #x02)
                (= (ite (= gup0.wait_folio@7 #x00)
                        |PG_locked[F0]@7|
                        |PG_locked[F1]@7|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@7| #x01)
                     (not (= |pte.write[P0][0]@7| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@7| #x00))
                     (not (= |pte[P0][0]@7| #x01)))))
      (a!9 (and (= rule@7 #x2e)
                (= fault0.pc@7 #x06)
                (= (ite (= fault0.wait_folio@7 #x00)
                        |PG_locked[F0]@7|
                        |PG_locked[F1]@7|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@7| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@7| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@7| #x00))
                 (not (= |pte[P0][0]@7| #x01))
                 (= |pte.folio[P0][0]@7| #x00)))
      (a!18 (= |expected[P0][0]@8|
               (ite (and (= rule@7 #x27) true) #x02 |expected[P0][0]@7|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@7| #x01)
                      (not (= migrate0.anon_vma@7 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@7 #x01)) migrate0.anon_vma@7 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@7| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!29 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= gup0.page@7 #x00)
                      |folio.used[F0]@7|
                      |folio.used[F1]@7|)))
      (a!37 (bvsub |folio.refcount[F0]@7|
                   (ite (and (= |pte[P0][0]@7| #x01)
                             (= |pte.folio[P0][0]@7| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@7 #x00)) migrate0.dst@7 #x00) #x00))
      (a!39 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                 (bvsub (ite (= gup0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F0]@7|))
      (a!47 (= (ite (not (= migrate0.ok@7 #x00)) migrate0.dst@7 #x00) #x01))
      (a!48 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                 (bvsub (ite (= gup0.page@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 |folio.refcount[F1]@7|))
      (a!57 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!58 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= gup0.page@7 #x00) |PG_lru[F0]@7| |PG_lru[F1]@7|)))
      (a!68 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!69 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= gup0.page@7 #x00)
                      |PG_anon_exclusive[F0]@7|
                      |PG_anon_exclusive[F1]@7|)))
      (a!78 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!79 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x01
                 (ite (= gup0.page@7 #x00)
                      |folio.mapping[F0]@7|
                      |folio.mapping[F1]@7|)))
      (a!87 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!88 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= gup0.page@7 #x00)
                      |folio.index[F0]@7|
                      |folio.index[F1]@7|)))
      (a!96 (ite (= (ite (= migrate0.dst@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!97 (ite (= (ite (= gup0.page@7 #x00)
                         |folio.refcount[F0]@7|
                         |folio.refcount[F1]@7|)
                    #x01)
                 #x00
                 (ite (= gup0.page@7 #x00)
                      |folio.data[F0]@7|
                      |folio.data[F1]@7|)))
      (a!107 (ite (= (ite (= migrate0.dst@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!108 (ite (= (ite (= gup0.page@7 #x00)
                          |folio.refcount[F0]@7|
                          |folio.refcount[F1]@7|)
                     #x01)
                  #x00
                  (ite (= gup0.page@7 #x00)
                       |folio.node[F0]@7|
                       |folio.node[F1]@7|)))
      (a!116 (ite (and (= rule@7 #x24) true)
                  |pte.folio[P0][0]@7|
                  (ite (and (= rule@7 #x25) true) #x02 gup0.wait_folio@7)))
      (a!117 (ite (and (= rule@7 #x2d) true)
                  |pte.folio[P0][0]@7|
                  (ite (and (= rule@7 #x2e) true) #x02 fault0.wait_folio@7)))
      (a!118 (ite (and (= rule@7 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@7| #x01)
                  (ite (and (= rule@7 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@7| #x01)
                       |&mm->mmap_lock.readers[P0]@7|)))
      (a!122 (ite (and (= rule@7 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@7| #x01)
                  (ite (and (= rule@7 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@7| #x01)
                       |&anon_vma->rwsem.readers[av0]@7|)))
      (a!124 (ite (and (= rule@7 #x1a) (= migrate0.dst@7 #x00))
                  #x00
                  (ite (and (= rule@7 #x1c) true) #x00 |PG_locked[F0]@7|)))
      (a!127 (ite (and (= rule@7 #x0d) (= migrate0.dst@7 #x01))
                  #x01
                  (ite (and (= rule@7 #x1a) (= migrate0.dst@7 #x01))
                       #x00
                       |PG_locked[F1]@7|)))
      (a!128 (ite (and (= rule@7 #x20) true)
                  #x15
                  (ite (and (= rule@7 #x21) true) #x1f migrate0.pc@7)))
      (a!145 (ite (and (= rule@7 #x1e) true)
                  #x00
                  (ite (and (= rule@7 #x21) true) #x00 migrate0.isolated@7)))
      (a!147 (ite (and (= rule@7 #x1f) true)
                  #x02
                  (ite (and (= rule@7 #x20) true) #x02 migrate0.dst@7)))
      (a!149 (ite (and (= rule@7 #x0b) true)
                  #x01
                  (ite (and (= rule@7 #x1b) true) #x01 migrate0.anon_vma@7)))
      (a!151 (ite (and (= rule@7 #x18) true)
                  (bvadd migrate0.cursor@7 #x01)
                  (ite (and (= rule@7 #x19) true) #x00 migrate0.cursor@7)))
      (a!154 (ite (and (= rule@7 #x0e) true)
                  #x01
                  (ite (and (= rule@7 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@7)))
      (a!155 (ite (and (= rule@7 #x14) true)
                  #x00
                  (ite (and (= rule@7 #x15) true) #x01 migrate0.ok@7)))
      (a!157 (= migrate0.pass@8
                (ite (and (= rule@7 #x1f) true)
                     (bvadd migrate0.pass@7 #x01)
                     migrate0.pass@7)))
      (a!158 (ite (and (= rule@7 #x27) true)
                  #x04
                  (ite (and (= rule@7 #x28) true) #x05 gup0.pc@7)))
      (a!162 (ite (and (= rule@7 #x23) true)
                  |pte.folio[P0][0]@7|
                  (ite (and (= rule@7 #x28) true) #x02 gup0.page@7)))
      (a!163 (ite (and (= rule@7 #x2e) true)
                  #x00
                  (ite (and (= rule@7 #x2f) true) #x0c fault0.pc@7))))
(let ((a!10 (or (and (= rule@7 #x00)
                     (= migrate0.pc@7 #x00)
                     (not (= |folio.used[F0]@7| #x00))
                     (not (= |PG_lru[F0]@7| #x00)))
                (and (= rule@7 #x01) (= migrate0.pc@7 #x00) a!1)
                (and (= rule@7 #x02)
                     (= migrate0.pc@7 #x01)
                     (= |folio.refcount[F0]@7| #x01))
                (and (= rule@7 #x03)
                     (= migrate0.pc@7 #x01)
                     (not (= |folio.refcount[F0]@7| #x01))
                     a!2)
                (and (= rule@7 #x04)
                     (= migrate0.pc@7 #x01)
                     (not (= |folio.refcount[F0]@7| #x01))
                     (not a!2))
                (and (= rule@7 #x05)
                     (= migrate0.pc@7 #x02)
                     (= |PG_locked[F0]@7| #x00))
                (and (= rule@7 #x06)
                     (= migrate0.pc@7 #x02)
                     (not (= |PG_locked[F0]@7| #x00))
                     (not (bvuge migrate0.pass@7 #x03)))
                (and (= rule@7 #x07)
                     (= migrate0.pc@7 #x02)
                     (not (= |PG_locked[F0]@7| #x00))
                     (bvuge migrate0.pass@7 #x03))
                (and (= rule@7 #x08)
                     (= migrate0.pc@7 #x03)
                     (= |PG_locked[F0]@7| #x00))
                (and (= rule@7 #x09)
                     (= migrate0.pc@7 #x04)
                     (bvugt |folio.mapcount[F0]@7| #x00)
                     (not (= |folio.mapping[F0]@7| #x01))
                     (bvugt |anon_vma.refcount[av0]@7| #x00))
                (and (= rule@7 #x0a)
                     (= migrate0.pc@7 #x05)
                     (bvugt |folio.mapcount[F0]@7| #x00))
                (and (= rule@7 #x0b)
                     (= migrate0.pc@7 #x05)
                     (not (bvugt |folio.mapcount[F0]@7| #x00)))
                (and (= rule@7 #x0c) (= migrate0.pc@7 #x04) a!3)
                a!4
                (and (= rule@7 #x0e)
                     (= migrate0.pc@7 #x08)
                     (bvugt |folio.mapcount[F0]@7| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@7| #x00))
                (and (= rule@7 #x0f)
                     (= migrate0.pc@7 #x08)
                     (not (bvugt |folio.mapcount[F0]@7| #x00)))
                (and (= rule@7 #x10)
                     (= migrate0.pc@7 #x09)
                     (bvult migrate0.cursor@7 |anon_vma.len[av0]@7|)
                     (bvugt |folio.mapcount[F0]@7| #x00)
                     (= |folio.index[F0]@7| #x00)
                     (= |ptlock_ptr(page)[P0]@7| #x00))
                a!5
                (and (= rule@7 #x12)
                     (= migrate0.pc@7 #x0a)
                     (not (bvugt |folio.mapcount[F0]@7| #x00))
                     (= |folio.refcount[F0]@7| #x02))
                (and (= rule@7 #x13)
                     (= migrate0.pc@7 #x0a)
                     (not (bvugt |folio.mapcount[F0]@7| #x00))
                     (not (= |folio.refcount[F0]@7| #x02)))
                (and (= rule@7 #x14)
                     (= migrate0.pc@7 #x0a)
                     (bvugt |folio.mapcount[F0]@7| #x00))
                (and (= rule@7 #x15) (= migrate0.pc@7 #x0b))
                (and (= rule@7 #x16) (= migrate0.pc@7 #x0c))
                (and (= rule@7 #x17)
                     (= migrate0.pc@7 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@7| #x00))
                (and (= rule@7 #x18)
                     (= migrate0.pc@7 #x0e)
                     (bvult migrate0.cursor@7 |anon_vma.len[av0]@7|)
                     (= |folio.index[F0]@7| #x00)
                     (= |ptlock_ptr(page)[P0]@7| #x00))
                (and (= rule@7 #x19)
                     (= migrate0.pc@7 #x0e)
                     (bvuge migrate0.cursor@7 |anon_vma.len[av0]@7|))
                (and (= rule@7 #x1a) (= migrate0.pc@7 #x0f))
                (and (= rule@7 #x1b) (= migrate0.pc@7 #x10))
                (and (= rule@7 #x1c) (= migrate0.pc@7 #x11))
                (and (= rule@7 #x1d) (= migrate0.pc@7 #x12))
                (and (= rule@7 #x1e) (= migrate0.pc@7 #x13))
                (and (= rule@7 #x1f)
                     (= migrate0.pc@7 #x14)
                     (bvult migrate0.pass@7 #x00))
                (and (= rule@7 #x20)
                     (= migrate0.pc@7 #x14)
                     (bvuge migrate0.pass@7 #x00))
                (and (= rule@7 #x21) (= migrate0.pc@7 #x15))
                (and (= rule@7 #x22)
                     (= gup0.pc@7 #x00)
                     (not (= |alive[P0]@7| #x00))
                     (= |&mm->mmap_lock.writer[P0]@7| #x00))
                (and (= rule@7 #x23)
                     (= gup0.pc@7 #x01)
                     (= |ptlock_ptr(page)[P0]@7| #x00)
                     (= |pte[P0][0]@7| #x01)
                     (not (= |pte.write[P0][0]@7| #x00)))
                (and (= rule@7 #x24)
                     (= gup0.pc@7 #x01)
                     (= |ptlock_ptr(page)[P0]@7| #x00)
                     (not (= |pte[P0][0]@7| #x00))
                     (not (= |pte[P0][0]@7| #x01)))
                a!6
                (and (= rule@7 #x26)
                     (= gup0.pc@7 #x01)
                     (= |ptlock_ptr(page)[P0]@7| #x00)
                     a!7
                     a!8)
                (and (= rule@7 #x27) (= gup0.pc@7 #x03))
                (and (= rule@7 #x28) (= gup0.pc@7 #x04))
                (and (= rule@7 #x29)
                     (= fault0.pc@7 #x00)
                     (not (= |alive[P0]@7| #x00))
                     (= |pte[P0][0]@7| #x01))
                (and (= rule@7 #x2a)
                     (= fault0.pc@7 #x00)
                     (not (= |alive[P0]@7| #x00))
                     (not (= |pte[P0][0]@7| #x01)))
                (and (= rule@7 #x2b)
                     (= fault0.pc@7 #x01)
                     (= |&mm->mmap_lock.writer[P0]@7| #x00))
                (and (= rule@7 #x2c)
                     (= fault0.pc@7 #x02)
                     (= |ptlock_ptr(page)[P0]@7| #x00)
                     (= |pte[P0][0]@7| #x01))
                (and (= rule@7 #x2d)
                     (= fault0.pc@7 #x02)
                     (= |ptlock_ptr(page)[P0]@7| #x00)
                     (not (= |pte[P0][0]@7| #x00))
                     (not (= |pte[P0][0]@7| #x01)))
                a!9
                (and (= rule@7 #x2f)
                     (= fault0.pc@7 #x02)
                     (= |pte[P0][0]@7| #x00))))
      (a!13 (ite (and (= rule@7 #x10) (= |anon_vma.list[av0][0]@7| #x00))
                 (ite (and (= |pte[P0][0]@7| #x01)
                           (= |pte.folio[P0][0]@7| #x00))
                      a!11
                      |pte[P0][0]@7|)
                 (ite (and (= rule@7 #x18) (= |anon_vma.list[av0][0]@7| #x00))
                      (ite a!12 #x01 |pte[P0][0]@7|)
                      |pte[P0][0]@7|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@7 #x00)) migrate0.dst@7 #x00)
                 |pte.folio[P0][0]@7|))
      (a!16 (ite (and (= rule@7 #x18) (= |anon_vma.list[av0][0]@7| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@7| #x04) #x01 #x00)
                      |pte.write[P0][0]@7|)
                 |pte.write[P0][0]@7|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@7 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@7|
                   (bvadd (ite (= migrate0.anon_vma@7 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@7 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@7 #x01))
                      (= |anon_vma.refcount[av0]@7| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@7 #x21) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!29
                      |folio.used[F0]@7|)))
      (a!34 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 a!28
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                      a!29
                      |folio.used[F1]@7|)))
      (a!40 (ite (and (= rule@7 #x23) (= |pte.folio[P0][0]@7| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@7| #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@7 #x23) (= |pte.folio[P0][0]@7| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@7| #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@7| |folio.mapcount[F1]@7|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@7| |folio.mapcount[F1]@7|)))
      (a!59 (ite (and (= rule@7 #x21) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 #x01)
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!58
                      |PG_lru[F0]@7|)))
      (a!64 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                      a!58
                      |PG_lru[F1]@7|)))
      (a!67 (ite (and (not (= |pte[P0][0]@7| #x00))
                      (not (= |pte[P0][0]@7| #x01))
                      (= |pte.folio[P0][0]@7| #x00)
                      (not (= |pte[P0][0]@7| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@7| |PG_anon_exclusive[F1]@7|)))
      (a!70 (ite (and (= rule@7 #x21) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@7|)))
      (a!75 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 a!68
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@7|)))
      (a!80 (ite (and (= rule@7 #x21) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!79
                      |folio.mapping[F0]@7|)))
      (a!84 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 a!78
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                      a!79
                      |folio.mapping[F1]@7|)))
      (a!89 (ite (and (= rule@7 #x21) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!88
                      |folio.index[F0]@7|)))
      (a!93 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 a!87
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                      a!88
                      |folio.index[F1]@7|)))
      (a!98 (ite (and (= rule@7 #x27) (= gup0.page@7 #x00))
                 #x02
                 (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                      a!97
                      |folio.data[F0]@7|)))
      (a!103 (ite (and (= rule@7 #x27) (= gup0.page@7 #x01))
                  #x02
                  (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                       a!97
                       |folio.data[F1]@7|)))
      (a!109 (ite (and (= rule@7 #x21) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x28) (= gup0.page@7 #x00))
                       a!108
                       |folio.node[F0]@7|)))
      (a!113 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                  a!107
                  (ite (and (= rule@7 #x28) (= gup0.page@7 #x01))
                       a!108
                       |folio.node[F1]@7|)))
      (a!119 (ite (and (= rule@7 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@7| #x01)
                  (ite (and (= rule@7 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@7| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@7 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@7| #x01)
                  (ite (and (= rule@7 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@7| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@7 #x08) true)
                  #x01
                  (ite (and (= rule@7 #x0d) (= migrate0.dst@7 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@7 #x1e) true)
                  #x1f
                  (ite (and (= rule@7 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@7 #x03) true)
                  a!27
                  (ite (and (= rule@7 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@8
                (ite (and (= rule@7 #x09) true) |folio.mapping[F0]@7| a!149)))
      (a!152 (ite (and (= rule@7 #x11) true)
                  #x00
                  (ite (and (= rule@7 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@7 #x06) true)
                  #x00
                  (ite (and (= rule@7 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@7 #x25) true)
                  #x01
                  (ite (and (= rule@7 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@7 #x2c) true)
                  #x00
                  (ite (and (= rule@7 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@8|
               (ite (and (= rule@7 #x18) (= |anon_vma.list[av0][0]@7| #x00))
                    a!14
                    |pte.folio[P0][0]@7|)))
      (a!17 (ite (and (= rule@7 #x10) (= |anon_vma.list[av0][0]@7| #x00))
                 (ite (and (= |pte[P0][0]@7| #x01)
                           (= |pte.folio[P0][0]@7| #x00))
                      #x00
                      |pte.write[P0][0]@7|)
                 a!16))
      (a!25 (ite (and (= rule@7 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@7| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@7|)
                 |anon_vma.refcount[av0]@7|))
      (a!31 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 a!28
                 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 a!28
                 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x21) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@7 #x10) true)
                 (ite (and (= |pte[P0][0]@7| #x01)
                           (= |pte.folio[P0][0]@7| #x00))
                      (bvsub |folio.mapcount[F0]@7| #x01)
                      |folio.mapcount[F0]@7|)
                 (ite (and (= rule@7 #x18) a!38) a!54 |folio.mapcount[F0]@7|)))
      (a!56 (= |folio.mapcount[F1]@8|
               (ite (and (= rule@7 #x18) a!47) a!54 |folio.mapcount[F1]@7|)))
      (a!60 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 a!57
                 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 a!68
                 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 a!68
                 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 a!78
                 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 a!78
                 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 a!87
                 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 a!87
                 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00))
                 a!96
                 (ite (and (= rule@7 #x21) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.data[F0]@7|)
                      a!98)))
      (a!104 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01))
                  a!96
                  (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                  a!107
                  (ite (and (= rule@7 #x20) (= migrate0.dst@7 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                  a!107
                  (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@7 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@7| #x01)
                  (ite (and (= rule@7 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@7| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@8| (ite (and (= rule@7 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@7 #x1c) true)
                  (ite (not (= migrate0.ok@7 #x00)) #x12 #x14)
                  (ite (and (= rule@7 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@7 #x0e) true)
                  #x00
                  (ite (and (= rule@7 #x10) true)
                       (bvadd migrate0.cursor@7 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@7 #x23) true)
                  #x03
                  (ite (and (= rule@7 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@7 #x2a) true)
                  #x01
                  (ite (and (= rule@7 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@7 #x09) (= |folio.mapping[F0]@7| #x00))
                 (bvadd |anon_vma.refcount[av0]@7| #x01)
                 (ite (and (= rule@7 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@7|)
                      a!25)))
      (a!32 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 a!28
                 (ite (and (= rule@7 #x1e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.used[F0]@7|)
                      a!31)))
      (a!36 (= |folio.used[F1]@8|
               (ite (and (= rule@7 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x01))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 a!57
                 (ite (and (= rule@7 #x1e) true)
                      (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@8|
               (ite (and (= rule@7 #x16) (= migrate0.dst@7 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 a!68
                 (ite (and (= rule@7 #x1e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@7|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@8|
               (ite (and (= rule@7 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 a!78
                 (ite (and (= rule@7 #x1e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x01
                           |folio.mapping[F0]@7|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@8|
               (ite (and (= rule@7 #x12) (= migrate0.dst@7 #x01))
                    |folio.mapping[F0]@7|
                    a!85)))
      (a!91 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 a!87
                 (ite (and (= rule@7 #x1e) true)
                      (ite (= |folio.refcount[F0]@7| #x01)
                           #x00
                           |folio.index[F0]@7|)
                      a!90)))
      (a!95 (= |folio.index[F1]@8|
               (ite (and (= rule@7 #x12) (= migrate0.dst@7 #x01))
                    |folio.index[F0]@7|
                    a!94)))
      (a!100 (ite (and (= rule@7 #x1e) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                  (ite (and (= rule@7 #x1f) (= migrate0.dst@7 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@7 #x15) (= migrate0.dst@7 #x01))
                  |folio.data[F0]@7|
                  (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                  a!107
                  (ite (and (= rule@7 #x1e) true)
                       (ite (= |folio.refcount[F0]@7| #x01)
                            #x00
                            |folio.node[F0]@7|)
                       a!110)))
      (a!115 (= |folio.node[F1]@8|
                (ite (and (= rule@7 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@7|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@8|
                (ite (and (= rule@7 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@7| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@7 #x1a) true)
                  #x10
                  (ite (and (= rule@7 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@8 (ite (and (= rule@7 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@8 (ite (and (= rule@7 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@7 #x02) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.used[F0]@7|)
                 (ite (and (= rule@7 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 (ite (and (= rule@7 #x1e) true)
                      (bvsub |folio.refcount[F0]@7| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x01))
                 (bvsub (ite (= migrate0.dst@7 #x00)
                             |folio.refcount[F0]@7|
                             |folio.refcount[F1]@7|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@7 #x02) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |PG_lru[F0]@7|)
                 (ite (and (= rule@7 #x16) (= migrate0.dst@7 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@7 #x10) true)
                 (ite (and (= |pte[P0][0]@7| #x01)
                           (= |pte.folio[P0][0]@7| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@7|)
                 (ite (and (= rule@7 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@7 #x02) true)
                 (ite (= |folio.refcount[F0]@7| #x01)
                      #x01
                      |folio.mapping[F0]@7|)
                 (ite (and (= rule@7 #x12) (= migrate0.dst@7 #x00))
                      |folio.mapping[F0]@7|
                      a!82)))
      (a!92 (ite (and (= rule@7 #x02) true)
                 (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.index[F0]@7|)
                 (ite (and (= rule@7 #x12) (= migrate0.dst@7 #x00))
                      |folio.index[F0]@7|
                      a!91)))
      (a!101 (ite (and (= rule@7 #x15) (= migrate0.dst@7 #x00))
                  |folio.data[F0]@7|
                  (ite (and (= rule@7 #x1d) (= migrate0.dst@7 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@8|
                (ite (and (= rule@7 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@7 #x02) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.node[F0]@7|)
                  (ite (and (= rule@7 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@7|)
                       a!111)))
      (a!132 (ite (and (= rule@7 #x17) true)
                  #x0e
                  (ite (and (= rule@7 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@7 #x10) true)
                 a!37
                 (ite (and (= rule@7 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@7|
                                  |folio.refcount[F1]@7|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@7 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@7 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@7|
                                  |folio.refcount[F1]@7|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@8| (ite (and (= rule@7 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@8|
               (ite (and (= rule@7 #x02) true)
                    (ite (= |folio.refcount[F0]@7| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@7|)
                    a!73)))
      (a!102 (ite (and (= rule@7 #x02) true)
                  (ite (= |folio.refcount[F0]@7| #x01) #x00 |folio.data[F0]@7|)
                  (ite (and (= rule@7 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@7 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@7 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@7 #x02) true)
                 (bvsub |folio.refcount[F0]@7| #x01)
                 (ite (and (= rule@7 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@7 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@7 #x00)) #x0d #x0f)
                  (ite (and (= rule@7 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@8|
               (ite (and (= rule@7 #x00) true)
                    (bvadd |folio.refcount[F0]@7| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@7 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@7 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@7 #x11) true)
                  #x0a
                  (ite (and (= rule@7 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@7 #x0e) true)
                  #x09
                  (ite (and (= rule@7 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@7 #x0c) true)
                  #x06
                  (ite (and (= rule@7 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@7 #x0a) true)
                  #x06
                  (ite (and (= rule@7 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@7 #x08) true)
                  #x04
                  (ite (and (= rule@7 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@7 #x06) true)
                  #x14
                  (ite (and (= rule@7 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@7 #x04) true)
                  #x15
                  (ite (and (= rule@7 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@7 #x02) true)
                  #x1f
                  (ite (and (= rule@7 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@7 #x00) true)
                  #x01
                  (ite (and (= rule@7 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@8| |alive[P0]@7|)
       (= |pte[P0][0]@8| a!13)
       a!15
       (= |pte.write[P0][0]@8| a!17)
       a!18
       (= |anon_vma.list[av0][0]@8| |anon_vma.list[av0][0]@7|)
       (= |anon_vma.len[av0]@8| |anon_vma.len[av0]@7|)
       (= |anon_vma.refcount[av0]@8| a!26)
       (= |folio.used[F0]@8| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@8| a!53)
       (= |folio.mapcount[F0]@8| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@8| a!83)
       a!86
       (= |folio.index[F0]@8| a!92)
       a!95
       (= |folio.data[F0]@8| a!102)
       a!106
       (= |folio.node[F0]@8| a!112)
       a!115
       (= gup0.wait_folio@8 a!116)
       (= fault0.wait_folio@8 a!117)
       (= |&mm->mmap_lock.writer[P0]@8| |&mm->mmap_lock.writer[P0]@7|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@8| |&anon_vma->rwsem.writer[av0]@7|)
       (= |&anon_vma->rwsem.readers[av0]@8| a!123)
       (= |ptlock_ptr(page)[P0]@8| |ptlock_ptr(page)[P0]@7|)
       a!126
       (= |PG_locked[F1]@8| a!127)
       (= migrate0.pc@8 a!144)
       (= migrate0.isolated@8 a!146)
       (= migrate0.dst@8 a!148)
       a!150
       (= migrate0.cursor@8 a!153)
       (= migrate0.page_was_mapped@8 a!154)
       (= migrate0.ok@8 a!156)
       a!157
       a!161
       (= gup0.page@8 a!162)
       a!166
       (= fault0.old_page@8 fault0.old_page@7)
       (= fault0.new_page@8 fault0.new_page@7)
       (bvule |alive[P0]@8| #x01)
       (bvule |pte[P0][0]@8| #x07)
       (bvule |pte.folio[P0][0]@8| #x01)
       (bvule |pte.write[P0][0]@8| #x01)
       (bvule |expected[P0][0]@8| #x02)
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
       (bvule |folio.data[F0]@8| #x02)
       (bvule |folio.data[F1]@8| #x02)
       (bvule |folio.node[F0]@8| #x01)
       (bvule |folio.node[F1]@8| #x01)
       (bvule gup0.wait_folio@8 #x02)
       (bvule fault0.wait_folio@8 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@8| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@8| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@8| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@8| #x03)
       (bvule |ptlock_ptr(page)[P0]@8| #x03)
       (bvule |PG_locked[F0]@8| #x03)
       (bvule |PG_locked[F1]@8| #x03)
       (bvule migrate0.pc@8 #x1f)
       (bvule migrate0.isolated@8 #x01)
       (bvule migrate0.dst@8 #x02)
       (bvule migrate0.anon_vma@8 #x01)
       (bvule migrate0.cursor@8 #x01)
       (bvule migrate0.page_was_mapped@8 #x01)
       (bvule migrate0.ok@8 #x01)
       (bvule migrate0.pass@8 #x00)
       (bvule gup0.pc@8 #x05)
       (bvule gup0.page@8 #x02)
       (bvule fault0.pc@8 #x0c)
       (bvule fault0.old_page@8 #x02)
       (bvule fault0.new_page@8 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@8| #x00)))
               (not (not (= |folio.used[F1]@8| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@8| #x00)
                     (not (= |folio.mapping[F0]@8| #x01))
                     (bvugt |anon_vma.refcount[av0]@8| #x00))))
      (a!4 (and (= rule@8 #x0d)
                (= migrate0.pc@8 #x06)
                (= (ite (= migrate0.dst@8 #x00)
                        |PG_locked[F0]@8|
                        |PG_locked[F1]@8|)
                   #x00)))
      (a!5 (and (= rule@8 #x11)
                (= migrate0.pc@8 #x09)
                (or (bvuge migrate0.cursor@8 |anon_vma.len[av0]@8|)
                    (not (bvugt |folio.mapcount[F0]@8| #x00)))))
      (a!6 (and (= rule@8 #x25)
                (= gup0.pc@8 #x02)
                (= (ite (= gup0.wait_folio@8 #x00)
                        |PG_locked[F0]@8|
                        |PG_locked[F1]@8|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@8| #x01)
                     (not (= |pte.write[P0][0]@8| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@8| #x00))
                     (not (= |pte[P0][0]@8| #x01)))))
      (a!9 (and (= rule@8 #x2e)
                (= fault0.pc@8 #x06)
                (= (ite (= fault0.wait_folio@8 #x00)
                        |PG_locked[F0]@8|
                        |PG_locked[F1]@8|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@8| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@8| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@8| #x00))
                 (not (= |pte[P0][0]@8| #x01))
                 (= |pte.folio[P0][0]@8| #x00)))
      (a!18 (= |expected[P0][0]@9|
               (ite (and (= rule@8 #x27) true) #x02 |expected[P0][0]@8|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@8| #x01)
                      (not (= migrate0.anon_vma@8 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@8 #x01)) migrate0.anon_vma@8 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@8| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!29 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= gup0.page@8 #x00)
                      |folio.used[F0]@8|
                      |folio.used[F1]@8|)))
      (a!37 (bvsub |folio.refcount[F0]@8|
                   (ite (and (= |pte[P0][0]@8| #x01)
                             (= |pte.folio[P0][0]@8| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@8 #x00)) migrate0.dst@8 #x00) #x00))
      (a!39 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                 (bvsub (ite (= gup0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F0]@8|))
      (a!47 (= (ite (not (= migrate0.ok@8 #x00)) migrate0.dst@8 #x00) #x01))
      (a!48 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                 (bvsub (ite (= gup0.page@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 |folio.refcount[F1]@8|))
      (a!57 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!58 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= gup0.page@8 #x00) |PG_lru[F0]@8| |PG_lru[F1]@8|)))
      (a!68 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!69 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= gup0.page@8 #x00)
                      |PG_anon_exclusive[F0]@8|
                      |PG_anon_exclusive[F1]@8|)))
      (a!78 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!79 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x01
                 (ite (= gup0.page@8 #x00)
                      |folio.mapping[F0]@8|
                      |folio.mapping[F1]@8|)))
      (a!87 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!88 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= gup0.page@8 #x00)
                      |folio.index[F0]@8|
                      |folio.index[F1]@8|)))
      (a!96 (ite (= (ite (= migrate0.dst@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!97 (ite (= (ite (= gup0.page@8 #x00)
                         |folio.refcount[F0]@8|
                         |folio.refcount[F1]@8|)
                    #x01)
                 #x00
                 (ite (= gup0.page@8 #x00)
                      |folio.data[F0]@8|
                      |folio.data[F1]@8|)))
      (a!107 (ite (= (ite (= migrate0.dst@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!108 (ite (= (ite (= gup0.page@8 #x00)
                          |folio.refcount[F0]@8|
                          |folio.refcount[F1]@8|)
                     #x01)
                  #x00
                  (ite (= gup0.page@8 #x00)
                       |folio.node[F0]@8|
                       |folio.node[F1]@8|)))
      (a!116 (ite (and (= rule@8 #x24) true)
                  |pte.folio[P0][0]@8|
                  (ite (and (= rule@8 #x25) true) #x02 gup0.wait_folio@8)))
      (a!117 (ite (and (= rule@8 #x2d) true)
                  |pte.folio[P0][0]@8|
                  (ite (and (= rule@8 #x2e) true) #x02 fault0.wait_folio@8)))
      (a!118 (ite (and (= rule@8 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@8| #x01)
                  (ite (and (= rule@8 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@8| #x01)
                       |&mm->mmap_lock.readers[P0]@8|)))
      (a!122 (ite (and (= rule@8 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@8| #x01)
                  (ite (and (= rule@8 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@8| #x01)
                       |&anon_vma->rwsem.readers[av0]@8|)))
      (a!124 (ite (and (= rule@8 #x1a) (= migrate0.dst@8 #x00))
                  #x00
                  (ite (and (= rule@8 #x1c) true) #x00 |PG_locked[F0]@8|)))
      (a!127 (ite (and (= rule@8 #x0d) (= migrate0.dst@8 #x01))
                  #x01
                  (ite (and (= rule@8 #x1a) (= migrate0.dst@8 #x01))
                       #x00
                       |PG_locked[F1]@8|)))
      (a!128 (ite (and (= rule@8 #x20) true)
                  #x15
                  (ite (and (= rule@8 #x21) true) #x1f migrate0.pc@8)))
      (a!145 (ite (and (= rule@8 #x1e) true)
                  #x00
                  (ite (and (= rule@8 #x21) true) #x00 migrate0.isolated@8)))
      (a!147 (ite (and (= rule@8 #x1f) true)
                  #x02
                  (ite (and (= rule@8 #x20) true) #x02 migrate0.dst@8)))
      (a!149 (ite (and (= rule@8 #x0b) true)
                  #x01
                  (ite (and (= rule@8 #x1b) true) #x01 migrate0.anon_vma@8)))
      (a!151 (ite (and (= rule@8 #x18) true)
                  (bvadd migrate0.cursor@8 #x01)
                  (ite (and (= rule@8 #x19) true) #x00 migrate0.cursor@8)))
      (a!154 (ite (and (= rule@8 #x0e) true)
                  #x01
                  (ite (and (= rule@8 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@8)))
      (a!155 (ite (and (= rule@8 #x14) true)
                  #x00
                  (ite (and (= rule@8 #x15) true) #x01 migrate0.ok@8)))
      (a!157 (= migrate0.pass@9
                (ite (and (= rule@8 #x1f) true)
                     (bvadd migrate0.pass@8 #x01)
                     migrate0.pass@8)))
      (a!158 (ite (and (= rule@8 #x27) true)
                  #x04
                  (ite (and (= rule@8 #x28) true) #x05 gup0.pc@8)))
      (a!162 (ite (and (= rule@8 #x23) true)
                  |pte.folio[P0][0]@8|
                  (ite (and (= rule@8 #x28) true) #x02 gup0.page@8)))
      (a!163 (ite (and (= rule@8 #x2e) true)
                  #x00
                  (ite (and (= rule@8 #x2f) true) #x0c fault0.pc@8))))
(let ((a!10 (or (and (= rule@8 #x00)
                     (= migrate0.pc@8 #x00)
                     (not (= |folio.used[F0]@8| #x00))
                     (not (= |PG_lru[F0]@8| #x00)))
                (and (= rule@8 #x01) (= migrate0.pc@8 #x00) a!1)
                (and (= rule@8 #x02)
                     (= migrate0.pc@8 #x01)
                     (= |folio.refcount[F0]@8| #x01))
                (and (= rule@8 #x03)
                     (= migrate0.pc@8 #x01)
                     (not (= |folio.refcount[F0]@8| #x01))
                     a!2)
                (and (= rule@8 #x04)
                     (= migrate0.pc@8 #x01)
                     (not (= |folio.refcount[F0]@8| #x01))
                     (not a!2))
                (and (= rule@8 #x05)
                     (= migrate0.pc@8 #x02)
                     (= |PG_locked[F0]@8| #x00))
                (and (= rule@8 #x06)
                     (= migrate0.pc@8 #x02)
                     (not (= |PG_locked[F0]@8| #x00))
                     (not (bvuge migrate0.pass@8 #x03)))
                (and (= rule@8 #x07)
                     (= migrate0.pc@8 #x02)
                     (not (= |PG_locked[F0]@8| #x00))
                     (bvuge migrate0.pass@8 #x03))
                (and (= rule@8 #x08)
                     (= migrate0.pc@8 #x03)
                     (= |PG_locked[F0]@8| #x00))
                (and (= rule@8 #x09)
                     (= migrate0.pc@8 #x04)
                     (bvugt |folio.mapcount[F0]@8| #x00)
                     (not (= |folio.mapping[F0]@8| #x01))
                     (bvugt |anon_vma.refcount[av0]@8| #x00))
                (and (= rule@8 #x0a)
                     (= migrate0.pc@8 #x05)
                     (bvugt |folio.mapcount[F0]@8| #x00))
                (and (= rule@8 #x0b)
                     (= migrate0.pc@8 #x05)
                     (not (bvugt |folio.mapcount[F0]@8| #x00)))
                (and (= rule@8 #x0c) (= migrate0.pc@8 #x04) a!3)
                a!4
                (and (= rule@8 #x0e)
                     (= migrate0.pc@8 #x08)
                     (bvugt |folio.mapcount[F0]@8| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@8| #x00))
                (and (= rule@8 #x0f)
                     (= migrate0.pc@8 #x08)
                     (not (bvugt |folio.mapcount[F0]@8| #x00)))
                (and (= rule@8 #x10)
                     (= migrate0.pc@8 #x09)
                     (bvult migrate0.cursor@8 |anon_vma.len[av0]@8|)
                     (bvugt |folio.mapcount[F0]@8| #x00)
                     (= |folio.index[F0]@8| #x00)
                     (= |ptlock_ptr(page)[P0]@8| #x00))
                a!5
                (and (= rule@8 #x12)
                     (= migrate0.pc@8 #x0a)
                     (not (bvugt |folio.mapcount[F0]@8| #x00))
                     (= |folio.refcount[F0]@8| #x02))
                (and (= rule@8 #x13)
                     (= migrate0.pc@8 #x0a)
                     (not (bvugt |folio.mapcount[F0]@8| #x00))
                     (not (= |folio.refcount[F0]@8| #x02)))
                (and (= rule@8 #x14)
                     (= migrate0.pc@8 #x0a)
                     (bvugt |folio.mapcount[F0]@8| #x00))
                (and (= rule@8 #x15) (= migrate0.pc@8 #x0b))
                (and (= rule@8 #x16) (= migrate0.pc@8 #x0c))
                (and (= rule@8 #x17)
                     (= migrate0.pc@8 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@8| #x00))
                (and (= rule@8 #x18)
                     (= migrate0.pc@8 #x0e)
                     (bvult migrate0.cursor@8 |anon_vma.len[av0]@8|)
                     (= |folio.index[F0]@8| #x00)
                     (= |ptlock_ptr(page)[P0]@8| #x00))
                (and (= rule@8 #x19)
                     (= migrate0.pc@8 #x0e)
                     (bvuge migrate0.cursor@8 |anon_vma.len[av0]@8|))
                (and (= rule@8 #x1a) (= migrate0.pc@8 #x0f))
                (and (= rule@8 #x1b) (= migrate0.pc@8 #x10))
                (and (= rule@8 #x1c) (= migrate0.pc@8 #x11))
                (and (= rule@8 #x1d) (= migrate0.pc@8 #x12))
                (and (= rule@8 #x1e) (= migrate0.pc@8 #x13))
                (and (= rule@8 #x1f)
                     (= migrate0.pc@8 #x14)
                     (bvult migrate0.pass@8 #x00))
                (and (= rule@8 #x20)
                     (= migrate0.pc@8 #x14)
                     (bvuge migrate0.pass@8 #x00))
                (and (= rule@8 #x21) (= migrate0.pc@8 #x15))
                (and (= rule@8 #x22)
                     (= gup0.pc@8 #x00)
                     (not (= |alive[P0]@8| #x00))
                     (= |&mm->mmap_lock.writer[P0]@8| #x00))
                (and (= rule@8 #x23)
                     (= gup0.pc@8 #x01)
                     (= |ptlock_ptr(page)[P0]@8| #x00)
                     (= |pte[P0][0]@8| #x01)
                     (not (= |pte.write[P0][0]@8| #x00)))
                (and (= rule@8 #x24)
                     (= gup0.pc@8 #x01)
                     (= |ptlock_ptr(page)[P0]@8| #x00)
                     (not (= |pte[P0][0]@8| #x00))
                     (not (= |pte[P0][0]@8| #x01)))
                a!6
                (and (= rule@8 #x26)
                     (= gup0.pc@8 #x01)
                     (= |ptlock_ptr(page)[P0]@8| #x00)
                     a!7
                     a!8)
                (and (= rule@8 #x27) (= gup0.pc@8 #x03))
                (and (= rule@8 #x28) (= gup0.pc@8 #x04))
                (and (= rule@8 #x29)
                     (= fault0.pc@8 #x00)
                     (not (= |alive[P0]@8| #x00))
                     (= |pte[P0][0]@8| #x01))
                (and (= rule@8 #x2a)
                     (= fault0.pc@8 #x00)
                     (not (= |alive[P0]@8| #x00))
                     (not (= |pte[P0][0]@8| #x01)))
                (and (= rule@8 #x2b)
                     (= fault0.pc@8 #x01)
                     (= |&mm->mmap_lock.writer[P0]@8| #x00))
                (and (= rule@8 #x2c)
                     (= fault0.pc@8 #x02)
                     (= |ptlock_ptr(page)[P0]@8| #x00)
                     (= |pte[P0][0]@8| #x01))
                (and (= rule@8 #x2d)
                     (= fault0.pc@8 #x02)
                     (= |ptlock_ptr(page)[P0]@8| #x00)
                     (not (= |pte[P0][0]@8| #x00))
                     (not (= |pte[P0][0]@8| #x01)))
                a!9
                (and (= rule@8 #x2f)
                     (= fault0.pc@8 #x02)
                     (= |pte[P0][0]@8| #x00))))
      (a!13 (ite (and (= rule@8 #x10) (= |anon_vma.list[av0][0]@8| #x00))
                 (ite (and (= |pte[P0][0]@8| #x01)
                           (= |pte.folio[P0][0]@8| #x00))
                      a!11
                      |pte[P0][0]@8|)
                 (ite (and (= rule@8 #x18) (= |anon_vma.list[av0][0]@8| #x00))
                      (ite a!12 #x01 |pte[P0][0]@8|)
                      |pte[P0][0]@8|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@8 #x00)) migrate0.dst@8 #x00)
                 |pte.folio[P0][0]@8|))
      (a!16 (ite (and (= rule@8 #x18) (= |anon_vma.list[av0][0]@8| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@8| #x04) #x01 #x00)
                      |pte.write[P0][0]@8|)
                 |pte.write[P0][0]@8|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@8 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@8|
                   (bvadd (ite (= migrate0.anon_vma@8 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@8 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@8 #x01))
                      (= |anon_vma.refcount[av0]@8| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@8 #x21) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!29
                      |folio.used[F0]@8|)))
      (a!34 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 a!28
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                      a!29
                      |folio.used[F1]@8|)))
      (a!40 (ite (and (= rule@8 #x23) (= |pte.folio[P0][0]@8| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@8| #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@8 #x23) (= |pte.folio[P0][0]@8| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@8| #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@8| |folio.mapcount[F1]@8|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@8| |folio.mapcount[F1]@8|)))
      (a!59 (ite (and (= rule@8 #x21) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 #x01)
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!58
                      |PG_lru[F0]@8|)))
      (a!64 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 a!57
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                      a!58
                      |PG_lru[F1]@8|)))
      (a!67 (ite (and (not (= |pte[P0][0]@8| #x00))
                      (not (= |pte[P0][0]@8| #x01))
                      (= |pte.folio[P0][0]@8| #x00)
                      (not (= |pte[P0][0]@8| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@8| |PG_anon_exclusive[F1]@8|)))
      (a!70 (ite (and (= rule@8 #x21) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@8|)))
      (a!75 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 a!68
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@8|)))
      (a!80 (ite (and (= rule@8 #x21) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!79
                      |folio.mapping[F0]@8|)))
      (a!84 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 a!78
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                      a!79
                      |folio.mapping[F1]@8|)))
      (a!89 (ite (and (= rule@8 #x21) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!88
                      |folio.index[F0]@8|)))
      (a!93 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 a!87
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                      a!88
                      |folio.index[F1]@8|)))
      (a!98 (ite (and (= rule@8 #x27) (= gup0.page@8 #x00))
                 #x02
                 (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                      a!97
                      |folio.data[F0]@8|)))
      (a!103 (ite (and (= rule@8 #x27) (= gup0.page@8 #x01))
                  #x02
                  (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                       a!97
                       |folio.data[F1]@8|)))
      (a!109 (ite (and (= rule@8 #x21) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x28) (= gup0.page@8 #x00))
                       a!108
                       |folio.node[F0]@8|)))
      (a!113 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                  a!107
                  (ite (and (= rule@8 #x28) (= gup0.page@8 #x01))
                       a!108
                       |folio.node[F1]@8|)))
      (a!119 (ite (and (= rule@8 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@8| #x01)
                  (ite (and (= rule@8 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@8| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@8 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@8| #x01)
                  (ite (and (= rule@8 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@8| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@8 #x08) true)
                  #x01
                  (ite (and (= rule@8 #x0d) (= migrate0.dst@8 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@8 #x1e) true)
                  #x1f
                  (ite (and (= rule@8 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@8 #x03) true)
                  a!27
                  (ite (and (= rule@8 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@9
                (ite (and (= rule@8 #x09) true) |folio.mapping[F0]@8| a!149)))
      (a!152 (ite (and (= rule@8 #x11) true)
                  #x00
                  (ite (and (= rule@8 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@8 #x06) true)
                  #x00
                  (ite (and (= rule@8 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@8 #x25) true)
                  #x01
                  (ite (and (= rule@8 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@8 #x2c) true)
                  #x00
                  (ite (and (= rule@8 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@9|
               (ite (and (= rule@8 #x18) (= |anon_vma.list[av0][0]@8| #x00))
                    a!14
                    |pte.folio[P0][0]@8|)))
      (a!17 (ite (and (= rule@8 #x10) (= |anon_vma.list[av0][0]@8| #x00))
                 (ite (and (= |pte[P0][0]@8| #x01)
                           (= |pte.folio[P0][0]@8| #x00))
                      #x00
                      |pte.write[P0][0]@8|)
                 a!16))
      (a!25 (ite (and (= rule@8 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@8| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@8|)
                 |anon_vma.refcount[av0]@8|))
      (a!31 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 a!28
                 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 a!28
                 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x21) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@8 #x10) true)
                 (ite (and (= |pte[P0][0]@8| #x01)
                           (= |pte.folio[P0][0]@8| #x00))
                      (bvsub |folio.mapcount[F0]@8| #x01)
                      |folio.mapcount[F0]@8|)
                 (ite (and (= rule@8 #x18) a!38) a!54 |folio.mapcount[F0]@8|)))
      (a!56 (= |folio.mapcount[F1]@9|
               (ite (and (= rule@8 #x18) a!47) a!54 |folio.mapcount[F1]@8|)))
      (a!60 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 a!57
                 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 a!68
                 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 a!68
                 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 a!78
                 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 a!78
                 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 a!87
                 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 a!87
                 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00))
                 a!96
                 (ite (and (= rule@8 #x21) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.data[F0]@8|)
                      a!98)))
      (a!104 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01))
                  a!96
                  (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                  a!107
                  (ite (and (= rule@8 #x20) (= migrate0.dst@8 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                  a!107
                  (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@8 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@8| #x01)
                  (ite (and (= rule@8 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@8| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@9| (ite (and (= rule@8 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@8 #x1c) true)
                  (ite (not (= migrate0.ok@8 #x00)) #x12 #x14)
                  (ite (and (= rule@8 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@8 #x0e) true)
                  #x00
                  (ite (and (= rule@8 #x10) true)
                       (bvadd migrate0.cursor@8 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@8 #x23) true)
                  #x03
                  (ite (and (= rule@8 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@8 #x2a) true)
                  #x01
                  (ite (and (= rule@8 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@8 #x09) (= |folio.mapping[F0]@8| #x00))
                 (bvadd |anon_vma.refcount[av0]@8| #x01)
                 (ite (and (= rule@8 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@8|)
                      a!25)))
      (a!32 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 a!28
                 (ite (and (= rule@8 #x1e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.used[F0]@8|)
                      a!31)))
      (a!36 (= |folio.used[F1]@9|
               (ite (and (= rule@8 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x01))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 a!57
                 (ite (and (= rule@8 #x1e) true)
                      (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@9|
               (ite (and (= rule@8 #x16) (= migrate0.dst@8 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 a!68
                 (ite (and (= rule@8 #x1e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@8|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@9|
               (ite (and (= rule@8 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 a!78
                 (ite (and (= rule@8 #x1e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x01
                           |folio.mapping[F0]@8|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@9|
               (ite (and (= rule@8 #x12) (= migrate0.dst@8 #x01))
                    |folio.mapping[F0]@8|
                    a!85)))
      (a!91 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 a!87
                 (ite (and (= rule@8 #x1e) true)
                      (ite (= |folio.refcount[F0]@8| #x01)
                           #x00
                           |folio.index[F0]@8|)
                      a!90)))
      (a!95 (= |folio.index[F1]@9|
               (ite (and (= rule@8 #x12) (= migrate0.dst@8 #x01))
                    |folio.index[F0]@8|
                    a!94)))
      (a!100 (ite (and (= rule@8 #x1e) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                  (ite (and (= rule@8 #x1f) (= migrate0.dst@8 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@8 #x15) (= migrate0.dst@8 #x01))
                  |folio.data[F0]@8|
                  (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                  a!107
                  (ite (and (= rule@8 #x1e) true)
                       (ite (= |folio.refcount[F0]@8| #x01)
                            #x00
                            |folio.node[F0]@8|)
                       a!110)))
      (a!115 (= |folio.node[F1]@9|
                (ite (and (= rule@8 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@8|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@9|
                (ite (and (= rule@8 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@8| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@8 #x1a) true)
                  #x10
                  (ite (and (= rule@8 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@9 (ite (and (= rule@8 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@9 (ite (and (= rule@8 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@8 #x02) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.used[F0]@8|)
                 (ite (and (= rule@8 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 (ite (and (= rule@8 #x1e) true)
                      (bvsub |folio.refcount[F0]@8| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x01))
                 (bvsub (ite (= migrate0.dst@8 #x00)
                             |folio.refcount[F0]@8|
                             |folio.refcount[F1]@8|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@8 #x02) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |PG_lru[F0]@8|)
                 (ite (and (= rule@8 #x16) (= migrate0.dst@8 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@8 #x10) true)
                 (ite (and (= |pte[P0][0]@8| #x01)
                           (= |pte.folio[P0][0]@8| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@8|)
                 (ite (and (= rule@8 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@8 #x02) true)
                 (ite (= |folio.refcount[F0]@8| #x01)
                      #x01
                      |folio.mapping[F0]@8|)
                 (ite (and (= rule@8 #x12) (= migrate0.dst@8 #x00))
                      |folio.mapping[F0]@8|
                      a!82)))
      (a!92 (ite (and (= rule@8 #x02) true)
                 (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.index[F0]@8|)
                 (ite (and (= rule@8 #x12) (= migrate0.dst@8 #x00))
                      |folio.index[F0]@8|
                      a!91)))
      (a!101 (ite (and (= rule@8 #x15) (= migrate0.dst@8 #x00))
                  |folio.data[F0]@8|
                  (ite (and (= rule@8 #x1d) (= migrate0.dst@8 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@9|
                (ite (and (= rule@8 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@8 #x02) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.node[F0]@8|)
                  (ite (and (= rule@8 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@8|)
                       a!111)))
      (a!132 (ite (and (= rule@8 #x17) true)
                  #x0e
                  (ite (and (= rule@8 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@8 #x10) true)
                 a!37
                 (ite (and (= rule@8 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@8|
                                  |folio.refcount[F1]@8|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@8 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@8 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@8|
                                  |folio.refcount[F1]@8|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@9| (ite (and (= rule@8 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@9|
               (ite (and (= rule@8 #x02) true)
                    (ite (= |folio.refcount[F0]@8| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@8|)
                    a!73)))
      (a!102 (ite (and (= rule@8 #x02) true)
                  (ite (= |folio.refcount[F0]@8| #x01) #x00 |folio.data[F0]@8|)
                  (ite (and (= rule@8 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@8 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@8 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@8 #x02) true)
                 (bvsub |folio.refcount[F0]@8| #x01)
                 (ite (and (= rule@8 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@8 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@8 #x00)) #x0d #x0f)
                  (ite (and (= rule@8 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@9|
               (ite (and (= rule@8 #x00) true)
                    (bvadd |folio.refcount[F0]@8| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@8 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@8 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@8 #x11) true)
                  #x0a
                  (ite (and (= rule@8 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@8 #x0e) true)
                  #x09
                  (ite (and (= rule@8 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@8 #x0c) true)
                  #x06
                  (ite (and (= rule@8 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@8 #x0a) true)
                  #x06
                  (ite (and (= rule@8 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@8 #x08) true)
                  #x04
                  (ite (and (= rule@8 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@8 #x06) true)
                  #x14
                  (ite (and (= rule@8 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@8 #x04) true)
                  #x15
                  (ite (and (= rule@8 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@8 #x02) true)
                  #x1f
                  (ite (and (= rule@8 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@8 #x00) true)
                  #x01
                  (ite (and (= rule@8 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@9| |alive[P0]@8|)
       (= |pte[P0][0]@9| a!13)
       a!15
       (= |pte.write[P0][0]@9| a!17)
       a!18
       (= |anon_vma.list[av0][0]@9| |anon_vma.list[av0][0]@8|)
       (= |anon_vma.len[av0]@9| |anon_vma.len[av0]@8|)
       (= |anon_vma.refcount[av0]@9| a!26)
       (= |folio.used[F0]@9| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@9| a!53)
       (= |folio.mapcount[F0]@9| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@9| a!83)
       a!86
       (= |folio.index[F0]@9| a!92)
       a!95
       (= |folio.data[F0]@9| a!102)
       a!106
       (= |folio.node[F0]@9| a!112)
       a!115
       (= gup0.wait_folio@9 a!116)
       (= fault0.wait_folio@9 a!117)
       (= |&mm->mmap_lock.writer[P0]@9| |&mm->mmap_lock.writer[P0]@8|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@9| |&anon_vma->rwsem.writer[av0]@8|)
       (= |&anon_vma->rwsem.readers[av0]@9| a!123)
       (= |ptlock_ptr(page)[P0]@9| |ptlock_ptr(page)[P0]@8|)
       a!126
       (= |PG_locked[F1]@9| a!127)
       (= migrate0.pc@9 a!144)
       (= migrate0.isolated@9 a!146)
       (= migrate0.dst@9 a!148)
       a!150
       (= migrate0.cursor@9 a!153)
       (= migrate0.page_was_mapped@9 a!154)
       (= migrate0.ok@9 a!156)
       a!157
       a!161
       (= gup0.page@9 a!162)
       a!166
       (= fault0.old_page@9 fault0.old_page@8)
       (= fault0.new_page@9 fault0.new_page@8)
       (bvule |alive[P0]@9| #x01)
       (bvule |pte[P0][0]@9| #x07)
       (bvule |pte.folio[P0][0]@9| #x01)
       (bvule |pte.write[P0][0]@9| #x01)
       (bvule |expected[P0][0]@9| #x02)
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
       (bvule |folio.data[F0]@9| #x02)
       (bvule |folio.data[F1]@9| #x02)
       (bvule |folio.node[F0]@9| #x01)
       (bvule |folio.node[F1]@9| #x01)
       (bvule gup0.wait_folio@9 #x02)
       (bvule fault0.wait_folio@9 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@9| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@9| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@9| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@9| #x03)
       (bvule |ptlock_ptr(page)[P0]@9| #x03)
       (bvule |PG_locked[F0]@9| #x03)
       (bvule |PG_locked[F1]@9| #x03)
       (bvule migrate0.pc@9 #x1f)
       (bvule migrate0.isolated@9 #x01)
       (bvule migrate0.dst@9 #x02)
       (bvule migrate0.anon_vma@9 #x01)
       (bvule migrate0.cursor@9 #x01)
       (bvule migrate0.page_was_mapped@9 #x01)
       (bvule migrate0.ok@9 #x01)
       (bvule migrate0.pass@9 #x00)
       (bvule gup0.pc@9 #x05)
       (bvule gup0.page@9 #x02)
       (bvule fault0.pc@9 #x0c)
       (bvule fault0.old_page@9 #x02)
       (bvule fault0.new_page@9 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@9| #x00)))
               (not (not (= |folio.used[F1]@9| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@9| #x00)
                     (not (= |folio.mapping[F0]@9| #x01))
                     (bvugt |anon_vma.refcount[av0]@9| #x00))))
      (a!4 (and (= rule@9 #x0d)
                (= migrate0.pc@9 #x06)
                (= (ite (= migrate0.dst@9 #x00)
                        |PG_locked[F0]@9|
                        |PG_locked[F1]@9|)
                   #x00)))
      (a!5 (and (= rule@9 #x11)
                (= migrate0.pc@9 #x09)
                (or (bvuge migrate0.cursor@9 |anon_vma.len[av0]@9|)
                    (not (bvugt |folio.mapcount[F0]@9| #x00)))))
      (a!6 (and (= rule@9 #x25)
                (= gup0.pc@9 #x02)
                (= (ite (= gup0.wait_folio@9 #x00)
                        |PG_locked[F0]@9|
                        |PG_locked[F1]@9|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@9| #x01)
                     (not (= |pte.write[P0][0]@9| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@9| #x00))
                     (not (= |pte[P0][0]@9| #x01)))))
      (a!9 (and (= rule@9 #x2e)
                (= fault0.pc@9 #x06)
                (= (ite (= fault0.wait_folio@9 #x00)
                        |PG_locked[F0]@9|
                        |PG_locked[F1]@9|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@9| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@9| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@9| #x00))
                 (not (= |pte[P0][0]@9| #x01))
                 (= |pte.folio[P0][0]@9| #x00)))
      (a!18 (= |expected[P0][0]@10|
               (ite (and (= rule@9 #x27) true) #x02 |expected[P0][0]@9|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@9| #x01)
                      (not (= migrate0.anon_vma@9 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@9 #x01)) migrate0.anon_vma@9 #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@9| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!29 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= gup0.page@9 #x00)
                      |folio.used[F0]@9|
                      |folio.used[F1]@9|)))
      (a!37 (bvsub |folio.refcount[F0]@9|
                   (ite (and (= |pte[P0][0]@9| #x01)
                             (= |pte.folio[P0][0]@9| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@9 #x00)) migrate0.dst@9 #x00) #x00))
      (a!39 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                 (bvsub (ite (= gup0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F0]@9|))
      (a!47 (= (ite (not (= migrate0.ok@9 #x00)) migrate0.dst@9 #x00) #x01))
      (a!48 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                 (bvsub (ite (= gup0.page@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 |folio.refcount[F1]@9|))
      (a!57 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!58 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= gup0.page@9 #x00) |PG_lru[F0]@9| |PG_lru[F1]@9|)))
      (a!68 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!69 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= gup0.page@9 #x00)
                      |PG_anon_exclusive[F0]@9|
                      |PG_anon_exclusive[F1]@9|)))
      (a!78 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!79 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x01
                 (ite (= gup0.page@9 #x00)
                      |folio.mapping[F0]@9|
                      |folio.mapping[F1]@9|)))
      (a!87 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!88 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= gup0.page@9 #x00)
                      |folio.index[F0]@9|
                      |folio.index[F1]@9|)))
      (a!96 (ite (= (ite (= migrate0.dst@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!97 (ite (= (ite (= gup0.page@9 #x00)
                         |folio.refcount[F0]@9|
                         |folio.refcount[F1]@9|)
                    #x01)
                 #x00
                 (ite (= gup0.page@9 #x00)
                      |folio.data[F0]@9|
                      |folio.data[F1]@9|)))
      (a!107 (ite (= (ite (= migrate0.dst@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!108 (ite (= (ite (= gup0.page@9 #x00)
                          |folio.refcount[F0]@9|
                          |folio.refcount[F1]@9|)
                     #x01)
                  #x00
                  (ite (= gup0.page@9 #x00)
                       |folio.node[F0]@9|
                       |folio.node[F1]@9|)))
      (a!116 (ite (and (= rule@9 #x24) true)
                  |pte.folio[P0][0]@9|
                  (ite (and (= rule@9 #x25) true) #x02 gup0.wait_folio@9)))
      (a!117 (ite (and (= rule@9 #x2d) true)
                  |pte.folio[P0][0]@9|
                  (ite (and (= rule@9 #x2e) true) #x02 fault0.wait_folio@9)))
      (a!118 (ite (and (= rule@9 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@9| #x01)
                  (ite (and (= rule@9 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@9| #x01)
                       |&mm->mmap_lock.readers[P0]@9|)))
      (a!122 (ite (and (= rule@9 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@9| #x01)
                  (ite (and (= rule@9 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@9| #x01)
                       |&anon_vma->rwsem.readers[av0]@9|)))
      (a!124 (ite (and (= rule@9 #x1a) (= migrate0.dst@9 #x00))
                  #x00
                  (ite (and (= rule@9 #x1c) true) #x00 |PG_locked[F0]@9|)))
      (a!127 (ite (and (= rule@9 #x0d) (= migrate0.dst@9 #x01))
                  #x01
                  (ite (and (= rule@9 #x1a) (= migrate0.dst@9 #x01))
                       #x00
                       |PG_locked[F1]@9|)))
      (a!128 (ite (and (= rule@9 #x20) true)
                  #x15
                  (ite (and (= rule@9 #x21) true) #x1f migrate0.pc@9)))
      (a!145 (ite (and (= rule@9 #x1e) true)
                  #x00
                  (ite (and (= rule@9 #x21) true) #x00 migrate0.isolated@9)))
      (a!147 (ite (and (= rule@9 #x1f) true)
                  #x02
                  (ite (and (= rule@9 #x20) true) #x02 migrate0.dst@9)))
      (a!149 (ite (and (= rule@9 #x0b) true)
                  #x01
                  (ite (and (= rule@9 #x1b) true) #x01 migrate0.anon_vma@9)))
      (a!151 (ite (and (= rule@9 #x18) true)
                  (bvadd migrate0.cursor@9 #x01)
                  (ite (and (= rule@9 #x19) true) #x00 migrate0.cursor@9)))
      (a!154 (ite (and (= rule@9 #x0e) true)
                  #x01
                  (ite (and (= rule@9 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@9)))
      (a!155 (ite (and (= rule@9 #x14) true)
                  #x00
                  (ite (and (= rule@9 #x15) true) #x01 migrate0.ok@9)))
      (a!157 (= migrate0.pass@10
                (ite (and (= rule@9 #x1f) true)
                     (bvadd migrate0.pass@9 #x01)
                     migrate0.pass@9)))
      (a!158 (ite (and (= rule@9 #x27) true)
                  #x04
                  (ite (and (= rule@9 #x28) true) #x05 gup0.pc@9)))
      (a!162 (ite (and (= rule@9 #x23) true)
                  |pte.folio[P0][0]@9|
                  (ite (and (= rule@9 #x28) true) #x02 gup0.page@9)))
      (a!163 (ite (and (= rule@9 #x2e) true)
                  #x00
                  (ite (and (= rule@9 #x2f) true) #x0c fault0.pc@9))))
(let ((a!10 (or (and (= rule@9 #x00)
                     (= migrate0.pc@9 #x00)
                     (not (= |folio.used[F0]@9| #x00))
                     (not (= |PG_lru[F0]@9| #x00)))
                (and (= rule@9 #x01) (= migrate0.pc@9 #x00) a!1)
                (and (= rule@9 #x02)
                     (= migrate0.pc@9 #x01)
                     (= |folio.refcount[F0]@9| #x01))
                (and (= rule@9 #x03)
                     (= migrate0.pc@9 #x01)
                     (not (= |folio.refcount[F0]@9| #x01))
                     a!2)
                (and (= rule@9 #x04)
                     (= migrate0.pc@9 #x01)
                     (not (= |folio.refcount[F0]@9| #x01))
                     (not a!2))
                (and (= rule@9 #x05)
                     (= migrate0.pc@9 #x02)
                     (= |PG_locked[F0]@9| #x00))
                (and (= rule@9 #x06)
                     (= migrate0.pc@9 #x02)
                     (not (= |PG_locked[F0]@9| #x00))
                     (not (bvuge migrate0.pass@9 #x03)))
                (and (= rule@9 #x07)
                     (= migrate0.pc@9 #x02)
                     (not (= |PG_locked[F0]@9| #x00))
                     (bvuge migrate0.pass@9 #x03))
                (and (= rule@9 #x08)
                     (= migrate0.pc@9 #x03)
                     (= |PG_locked[F0]@9| #x00))
                (and (= rule@9 #x09)
                     (= migrate0.pc@9 #x04)
                     (bvugt |folio.mapcount[F0]@9| #x00)
                     (not (= |folio.mapping[F0]@9| #x01))
                     (bvugt |anon_vma.refcount[av0]@9| #x00))
                (and (= rule@9 #x0a)
                     (= migrate0.pc@9 #x05)
                     (bvugt |folio.mapcount[F0]@9| #x00))
                (and (= rule@9 #x0b)
                     (= migrate0.pc@9 #x05)
                     (not (bvugt |folio.mapcount[F0]@9| #x00)))
                (and (= rule@9 #x0c) (= migrate0.pc@9 #x04) a!3)
                a!4
                (and (= rule@9 #x0e)
                     (= migrate0.pc@9 #x08)
                     (bvugt |folio.mapcount[F0]@9| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@9| #x00))
                (and (= rule@9 #x0f)
                     (= migrate0.pc@9 #x08)
                     (not (bvugt |folio.mapcount[F0]@9| #x00)))
                (and (= rule@9 #x10)
                     (= migrate0.pc@9 #x09)
                     (bvult migrate0.cursor@9 |anon_vma.len[av0]@9|)
                     (bvugt |folio.mapcount[F0]@9| #x00)
                     (= |folio.index[F0]@9| #x00)
                     (= |ptlock_ptr(page)[P0]@9| #x00))
                a!5
                (and (= rule@9 #x12)
                     (= migrate0.pc@9 #x0a)
                     (not (bvugt |folio.mapcount[F0]@9| #x00))
                     (= |folio.refcount[F0]@9| #x02))
                (and (= rule@9 #x13)
                     (= migrate0.pc@9 #x0a)
                     (not (bvugt |folio.mapcount[F0]@9| #x00))
                     (not (= |folio.refcount[F0]@9| #x02)))
                (and (= rule@9 #x14)
                     (= migrate0.pc@9 #x0a)
                     (bvugt |folio.mapcount[F0]@9| #x00))
                (and (= rule@9 #x15) (= migrate0.pc@9 #x0b))
                (and (= rule@9 #x16) (= migrate0.pc@9 #x0c))
                (and (= rule@9 #x17)
                     (= migrate0.pc@9 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@9| #x00))
                (and (= rule@9 #x18)
                     (= migrate0.pc@9 #x0e)
                     (bvult migrate0.cursor@9 |anon_vma.len[av0]@9|)
                     (= |folio.index[F0]@9| #x00)
                     (= |ptlock_ptr(page)[P0]@9| #x00))
                (and (= rule@9 #x19)
                     (= migrate0.pc@9 #x0e)
                     (bvuge migrate0.cursor@9 |anon_vma.len[av0]@9|))
                (and (= rule@9 #x1a) (= migrate0.pc@9 #x0f))
                (and (= rule@9 #x1b) (= migrate0.pc@9 #x10))
                (and (= rule@9 #x1c) (= migrate0.pc@9 #x11))
                (and (= rule@9 #x1d) (= migrate0.pc@9 #x12))
                (and (= rule@9 #x1e) (= migrate0.pc@9 #x13))
                (and (= rule@9 #x1f)
                     (= migrate0.pc@9 #x14)
                     (bvult migrate0.pass@9 #x00))
                (and (= rule@9 #x20)
                     (= migrate0.pc@9 #x14)
                     (bvuge migrate0.pass@9 #x00))
                (and (= rule@9 #x21) (= migrate0.pc@9 #x15))
                (and (= rule@9 #x22)
                     (= gup0.pc@9 #x00)
                     (not (= |alive[P0]@9| #x00))
                     (= |&mm->mmap_lock.writer[P0]@9| #x00))
                (and (= rule@9 #x23)
                     (= gup0.pc@9 #x01)
                     (= |ptlock_ptr(page)[P0]@9| #x00)
                     (= |pte[P0][0]@9| #x01)
                     (not (= |pte.write[P0][0]@9| #x00)))
                (and (= rule@9 #x24)
                     (= gup0.pc@9 #x01)
                     (= |ptlock_ptr(page)[P0]@9| #x00)
                     (not (= |pte[P0][0]@9| #x00))
                     (not (= |pte[P0][0]@9| #x01)))
                a!6
                (and (= rule@9 #x26)
                     (= gup0.pc@9 #x01)
                     (= |ptlock_ptr(page)[P0]@9| #x00)
                     a!7
                     a!8)
                (and (= rule@9 #x27) (= gup0.pc@9 #x03))
                (and (= rule@9 #x28) (= gup0.pc@9 #x04))
                (and (= rule@9 #x29)
                     (= fault0.pc@9 #x00)
                     (not (= |alive[P0]@9| #x00))
                     (= |pte[P0][0]@9| #x01))
                (and (= rule@9 #x2a)
                     (= fault0.pc@9 #x00)
                     (not (= |alive[P0]@9| #x00))
                     (not (= |pte[P0][0]@9| #x01)))
                (and (= rule@9 #x2b)
                     (= fault0.pc@9 #x01)
                     (= |&mm->mmap_lock.writer[P0]@9| #x00))
                (and (= rule@9 #x2c)
                     (= fault0.pc@9 #x02)
                     (= |ptlock_ptr(page)[P0]@9| #x00)
                     (= |pte[P0][0]@9| #x01))
                (and (= rule@9 #x2d)
                     (= fault0.pc@9 #x02)
                     (= |ptlock_ptr(page)[P0]@9| #x00)
                     (not (= |pte[P0][0]@9| #x00))
                     (not (= |pte[P0][0]@9| #x01)))
                a!9
                (and (= rule@9 #x2f)
                     (= fault0.pc@9 #x02)
                     (= |pte[P0][0]@9| #x00))))
      (a!13 (ite (and (= rule@9 #x10) (= |anon_vma.list[av0][0]@9| #x00))
                 (ite (and (= |pte[P0][0]@9| #x01)
                           (= |pte.folio[P0][0]@9| #x00))
                      a!11
                      |pte[P0][0]@9|)
                 (ite (and (= rule@9 #x18) (= |anon_vma.list[av0][0]@9| #x00))
                      (ite a!12 #x01 |pte[P0][0]@9|)
                      |pte[P0][0]@9|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@9 #x00)) migrate0.dst@9 #x00)
                 |pte.folio[P0][0]@9|))
      (a!16 (ite (and (= rule@9 #x18) (= |anon_vma.list[av0][0]@9| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@9| #x04) #x01 #x00)
                      |pte.write[P0][0]@9|)
                 |pte.write[P0][0]@9|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@9 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@9|
                   (bvadd (ite (= migrate0.anon_vma@9 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@9 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@9 #x01))
                      (= |anon_vma.refcount[av0]@9| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@9 #x21) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!29
                      |folio.used[F0]@9|)))
      (a!34 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 a!28
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                      a!29
                      |folio.used[F1]@9|)))
      (a!40 (ite (and (= rule@9 #x23) (= |pte.folio[P0][0]@9| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@9| #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@9 #x23) (= |pte.folio[P0][0]@9| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@9| #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38 |folio.mapcount[F0]@9| |folio.mapcount[F1]@9|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@9| |folio.mapcount[F1]@9|)))
      (a!59 (ite (and (= rule@9 #x21) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 #x01)
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!58
                      |PG_lru[F0]@9|)))
      (a!64 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 a!57
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                      a!58
                      |PG_lru[F1]@9|)))
      (a!67 (ite (and (not (= |pte[P0][0]@9| #x00))
                      (not (= |pte[P0][0]@9| #x01))
                      (= |pte.folio[P0][0]@9| #x00)
                      (not (= |pte[P0][0]@9| #x02)))
                 #x01
                 (ite a!38 |PG_anon_exclusive[F0]@9| |PG_anon_exclusive[F1]@9|)))
      (a!70 (ite (and (= rule@9 #x21) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@9|)))
      (a!75 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 a!68
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@9|)))
      (a!80 (ite (and (= rule@9 #x21) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!79
                      |folio.mapping[F0]@9|)))
      (a!84 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 a!78
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                      a!79
                      |folio.mapping[F1]@9|)))
      (a!89 (ite (and (= rule@9 #x21) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!88
                      |folio.index[F0]@9|)))
      (a!93 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 a!87
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                      a!88
                      |folio.index[F1]@9|)))
      (a!98 (ite (and (= rule@9 #x27) (= gup0.page@9 #x00))
                 #x02
                 (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                      a!97
                      |folio.data[F0]@9|)))
      (a!103 (ite (and (= rule@9 #x27) (= gup0.page@9 #x01))
                  #x02
                  (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                       a!97
                       |folio.data[F1]@9|)))
      (a!109 (ite (and (= rule@9 #x21) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x28) (= gup0.page@9 #x00))
                       a!108
                       |folio.node[F0]@9|)))
      (a!113 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                  a!107
                  (ite (and (= rule@9 #x28) (= gup0.page@9 #x01))
                       a!108
                       |folio.node[F1]@9|)))
      (a!119 (ite (and (= rule@9 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@9| #x01)
                  (ite (and (= rule@9 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@9| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@9 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@9| #x01)
                  (ite (and (= rule@9 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@9| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@9 #x08) true)
                  #x01
                  (ite (and (= rule@9 #x0d) (= migrate0.dst@9 #x00)) #x01 a!124)))
      (a!129 (ite (and (= rule@9 #x1e) true)
                  #x1f
                  (ite (and (= rule@9 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@9 #x03) true)
                  a!27
                  (ite (and (= rule@9 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@10
                (ite (and (= rule@9 #x09) true) |folio.mapping[F0]@9| a!149)))
      (a!152 (ite (and (= rule@9 #x11) true)
                  #x00
                  (ite (and (= rule@9 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@9 #x06) true)
                  #x00
                  (ite (and (= rule@9 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@9 #x25) true)
                  #x01
                  (ite (and (= rule@9 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@9 #x2c) true)
                  #x00
                  (ite (and (= rule@9 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@10|
               (ite (and (= rule@9 #x18) (= |anon_vma.list[av0][0]@9| #x00))
                    a!14
                    |pte.folio[P0][0]@9|)))
      (a!17 (ite (and (= rule@9 #x10) (= |anon_vma.list[av0][0]@9| #x00))
                 (ite (and (= |pte[P0][0]@9| #x01)
                           (= |pte.folio[P0][0]@9| #x00))
                      #x00
                      |pte.write[P0][0]@9|)
                 a!16))
      (a!25 (ite (and (= rule@9 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@9| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@9|)
                 |anon_vma.refcount[av0]@9|))
      (a!31 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 a!28
                 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 a!28
                 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x21) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@9 #x10) true)
                 (ite (and (= |pte[P0][0]@9| #x01)
                           (= |pte.folio[P0][0]@9| #x00))
                      (bvsub |folio.mapcount[F0]@9| #x01)
                      |folio.mapcount[F0]@9|)
                 (ite (and (= rule@9 #x18) a!38) a!54 |folio.mapcount[F0]@9|)))
      (a!56 (= |folio.mapcount[F1]@10|
               (ite (and (= rule@9 #x18) a!47) a!54 |folio.mapcount[F1]@9|)))
      (a!60 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 a!57
                 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 a!68
                 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 a!68
                 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 a!78
                 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 a!78
                 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 a!87
                 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 a!87
                 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00))
                 a!96
                 (ite (and (= rule@9 #x21) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.data[F0]@9|)
                      a!98)))
      (a!104 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01))
                  a!96
                  (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x01)) a!96 a!103)))
      (a!110 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                  a!107
                  (ite (and (= rule@9 #x20) (= migrate0.dst@9 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                  a!107
                  (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@9 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@9| #x01)
                  (ite (and (= rule@9 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@9| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@10| (ite (and (= rule@9 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@9 #x1c) true)
                  (ite (not (= migrate0.ok@9 #x00)) #x12 #x14)
                  (ite (and (= rule@9 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@9 #x0e) true)
                  #x00
                  (ite (and (= rule@9 #x10) true)
                       (bvadd migrate0.cursor@9 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@9 #x23) true)
                  #x03
                  (ite (and (= rule@9 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@9 #x2a) true)
                  #x01
                  (ite (and (= rule@9 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@9 #x09) (= |folio.mapping[F0]@9| #x00))
                 (bvadd |anon_vma.refcount[av0]@9| #x01)
                 (ite (and (= rule@9 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@9|)
                      a!25)))
      (a!32 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 a!28
                 (ite (and (= rule@9 #x1e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.used[F0]@9|)
                      a!31)))
      (a!36 (= |folio.used[F1]@10|
               (ite (and (= rule@9 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x01))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 a!57
                 (ite (and (= rule@9 #x1e) true)
                      (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@10|
               (ite (and (= rule@9 #x16) (= migrate0.dst@9 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 a!68
                 (ite (and (= rule@9 #x1e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@9|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@10|
               (ite (and (= rule@9 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 a!78
                 (ite (and (= rule@9 #x1e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x01
                           |folio.mapping[F0]@9|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@10|
               (ite (and (= rule@9 #x12) (= migrate0.dst@9 #x01))
                    |folio.mapping[F0]@9|
                    a!85)))
      (a!91 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 a!87
                 (ite (and (= rule@9 #x1e) true)
                      (ite (= |folio.refcount[F0]@9| #x01)
                           #x00
                           |folio.index[F0]@9|)
                      a!90)))
      (a!95 (= |folio.index[F1]@10|
               (ite (and (= rule@9 #x12) (= migrate0.dst@9 #x01))
                    |folio.index[F0]@9|
                    a!94)))
      (a!100 (ite (and (= rule@9 #x1e) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                  (ite (and (= rule@9 #x1f) (= migrate0.dst@9 #x00)) a!96 a!99)))
      (a!105 (ite (and (= rule@9 #x15) (= migrate0.dst@9 #x01))
                  |folio.data[F0]@9|
                  (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01)) a!96 a!104)))
      (a!111 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                  a!107
                  (ite (and (= rule@9 #x1e) true)
                       (ite (= |folio.refcount[F0]@9| #x01)
                            #x00
                            |folio.node[F0]@9|)
                       a!110)))
      (a!115 (= |folio.node[F1]@10|
                (ite (and (= rule@9 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@9|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@10|
                (ite (and (= rule@9 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@9| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@9 #x1a) true)
                  #x10
                  (ite (and (= rule@9 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@10 (ite (and (= rule@9 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@10 (ite (and (= rule@9 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@9 #x02) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.used[F0]@9|)
                 (ite (and (= rule@9 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 (ite (and (= rule@9 #x1e) true)
                      (bvsub |folio.refcount[F0]@9| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x01))
                 (bvsub (ite (= migrate0.dst@9 #x00)
                             |folio.refcount[F0]@9|
                             |folio.refcount[F1]@9|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@9 #x02) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |PG_lru[F0]@9|)
                 (ite (and (= rule@9 #x16) (= migrate0.dst@9 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@9 #x10) true)
                 (ite (and (= |pte[P0][0]@9| #x01)
                           (= |pte.folio[P0][0]@9| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@9|)
                 (ite (and (= rule@9 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@9 #x02) true)
                 (ite (= |folio.refcount[F0]@9| #x01)
                      #x01
                      |folio.mapping[F0]@9|)
                 (ite (and (= rule@9 #x12) (= migrate0.dst@9 #x00))
                      |folio.mapping[F0]@9|
                      a!82)))
      (a!92 (ite (and (= rule@9 #x02) true)
                 (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.index[F0]@9|)
                 (ite (and (= rule@9 #x12) (= migrate0.dst@9 #x00))
                      |folio.index[F0]@9|
                      a!91)))
      (a!101 (ite (and (= rule@9 #x15) (= migrate0.dst@9 #x00))
                  |folio.data[F0]@9|
                  (ite (and (= rule@9 #x1d) (= migrate0.dst@9 #x00)) a!96 a!100)))
      (a!106 (= |folio.data[F1]@10|
                (ite (and (= rule@9 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@9 #x02) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.node[F0]@9|)
                  (ite (and (= rule@9 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@9|)
                       a!111)))
      (a!132 (ite (and (= rule@9 #x17) true)
                  #x0e
                  (ite (and (= rule@9 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@9 #x10) true)
                 a!37
                 (ite (and (= rule@9 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@9|
                                  |folio.refcount[F1]@9|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@9 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@9 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@9|
                                  |folio.refcount[F1]@9|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@10| (ite (and (= rule@9 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@10|
               (ite (and (= rule@9 #x02) true)
                    (ite (= |folio.refcount[F0]@9| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@9|)
                    a!73)))
      (a!102 (ite (and (= rule@9 #x02) true)
                  (ite (= |folio.refcount[F0]@9| #x01) #x00 |folio.data[F0]@9|)
                  (ite (and (= rule@9 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@9 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@9 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@9 #x02) true)
                 (bvsub |folio.refcount[F0]@9| #x01)
                 (ite (and (= rule@9 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@9 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@9 #x00)) #x0d #x0f)
                  (ite (and (= rule@9 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@10|
               (ite (and (= rule@9 #x00) true)
                    (bvadd |folio.refcount[F0]@9| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@9 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@9 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@9 #x11) true)
                  #x0a
                  (ite (and (= rule@9 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@9 #x0e) true)
                  #x09
                  (ite (and (= rule@9 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@9 #x0c) true)
                  #x06
                  (ite (and (= rule@9 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@9 #x0a) true)
                  #x06
                  (ite (and (= rule@9 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@9 #x08) true)
                  #x04
                  (ite (and (= rule@9 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@9 #x06) true)
                  #x14
                  (ite (and (= rule@9 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@9 #x04) true)
                  #x15
                  (ite (and (= rule@9 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@9 #x02) true)
                  #x1f
                  (ite (and (= rule@9 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@9 #x00) true)
                  #x01
                  (ite (and (= rule@9 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@10| |alive[P0]@9|)
       (= |pte[P0][0]@10| a!13)
       a!15
       (= |pte.write[P0][0]@10| a!17)
       a!18
       (= |anon_vma.list[av0][0]@10| |anon_vma.list[av0][0]@9|)
       (= |anon_vma.len[av0]@10| |anon_vma.len[av0]@9|)
       (= |anon_vma.refcount[av0]@10| a!26)
       (= |folio.used[F0]@10| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@10| a!53)
       (= |folio.mapcount[F0]@10| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@10| a!83)
       a!86
       (= |folio.index[F0]@10| a!92)
       a!95
       (= |folio.data[F0]@10| a!102)
       a!106
       (= |folio.node[F0]@10| a!112)
       a!115
       (= gup0.wait_folio@10 a!116)
       (= fault0.wait_folio@10 a!117)
       (= |&mm->mmap_lock.writer[P0]@10| |&mm->mmap_lock.writer[P0]@9|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@10| |&anon_vma->rwsem.writer[av0]@9|)
       (= |&anon_vma->rwsem.readers[av0]@10| a!123)
       (= |ptlock_ptr(page)[P0]@10| |ptlock_ptr(page)[P0]@9|)
       a!126
       (= |PG_locked[F1]@10| a!127)
       (= migrate0.pc@10 a!144)
       (= migrate0.isolated@10 a!146)
       (= migrate0.dst@10 a!148)
       a!150
       (= migrate0.cursor@10 a!153)
       (= migrate0.page_was_mapped@10 a!154)
       (= migrate0.ok@10 a!156)
       a!157
       a!161
       (= gup0.page@10 a!162)
       a!166
       (= fault0.old_page@10 fault0.old_page@9)
       (= fault0.new_page@10 fault0.new_page@9)
       (bvule |alive[P0]@10| #x01)
       (bvule |pte[P0][0]@10| #x07)
       (bvule |pte.folio[P0][0]@10| #x01)
       (bvule |pte.write[P0][0]@10| #x01)
       (bvule |expected[P0][0]@10| #x02)
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
       (bvule |folio.data[F0]@10| #x02)
       (bvule |folio.data[F1]@10| #x02)
       (bvule |folio.node[F0]@10| #x01)
       (bvule |folio.node[F1]@10| #x01)
       (bvule gup0.wait_folio@10 #x02)
       (bvule fault0.wait_folio@10 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@10| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@10| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@10| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@10| #x03)
       (bvule |ptlock_ptr(page)[P0]@10| #x03)
       (bvule |PG_locked[F0]@10| #x03)
       (bvule |PG_locked[F1]@10| #x03)
       (bvule migrate0.pc@10 #x1f)
       (bvule migrate0.isolated@10 #x01)
       (bvule migrate0.dst@10 #x02)
       (bvule migrate0.anon_vma@10 #x01)
       (bvule migrate0.cursor@10 #x01)
       (bvule migrate0.page_was_mapped@10 #x01)
       (bvule migrate0.ok@10 #x01)
       (bvule migrate0.pass@10 #x00)
       (bvule gup0.pc@10 #x05)
       (bvule gup0.page@10 #x02)
       (bvule fault0.pc@10 #x0c)
       (bvule fault0.old_page@10 #x02)
       (bvule fault0.new_page@10 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@10| #x00)))
               (not (not (= |folio.used[F1]@10| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@10| #x00)
                     (not (= |folio.mapping[F0]@10| #x01))
                     (bvugt |anon_vma.refcount[av0]@10| #x00))))
      (a!4 (and (= rule@10 #x0d)
                (= migrate0.pc@10 #x06)
                (= (ite (= migrate0.dst@10 #x00)
                        |PG_locked[F0]@10|
                        |PG_locked[F1]@10|)
                   #x00)))
      (a!5 (and (= rule@10 #x11)
                (= migrate0.pc@10 #x09)
                (or (bvuge migrate0.cursor@10 |anon_vma.len[av0]@10|)
                    (not (bvugt |folio.mapcount[F0]@10| #x00)))))
      (a!6 (and (= rule@10 #x25)
                (= gup0.pc@10 #x02)
                (= (ite (= gup0.wait_folio@10 #x00)
                        |PG_locked[F0]@10|
                        |PG_locked[F1]@10|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@10| #x01)
                     (not (= |pte.write[P0][0]@10| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@10| #x00))
                     (not (= |pte[P0][0]@10| #x01)))))
      (a!9 (and (= rule@10 #x2e)
                (= fault0.pc@10 #x06)
                (= (ite (= fault0.wait_folio@10 #x00)
                        |PG_locked[F0]@10|
                        |PG_locked[F1]@10|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@10| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@10| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@10| #x00))
                 (not (= |pte[P0][0]@10| #x01))
                 (= |pte.folio[P0][0]@10| #x00)))
      (a!18 (= |expected[P0][0]@11|
               (ite (and (= rule@10 #x27) true) #x02 |expected[P0][0]@10|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@10| #x01)
                      (not (= migrate0.anon_vma@10 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@10 #x01))
                    migrate0.anon_vma@10
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@10| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!29 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= gup0.page@10 #x00)
                      |folio.used[F0]@10|
                      |folio.used[F1]@10|)))
      (a!37 (bvsub |folio.refcount[F0]@10|
                   (ite (and (= |pte[P0][0]@10| #x01)
                             (= |pte.folio[P0][0]@10| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@10 #x00)) migrate0.dst@10 #x00) #x00))
      (a!39 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                 (bvsub (ite (= gup0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F0]@10|))
      (a!47 (= (ite (not (= migrate0.ok@10 #x00)) migrate0.dst@10 #x00) #x01))
      (a!48 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                 (bvsub (ite (= gup0.page@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 |folio.refcount[F1]@10|))
      (a!57 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!58 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= gup0.page@10 #x00) |PG_lru[F0]@10| |PG_lru[F1]@10|)))
      (a!68 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!69 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= gup0.page@10 #x00)
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!78 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!79 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x01
                 (ite (= gup0.page@10 #x00)
                      |folio.mapping[F0]@10|
                      |folio.mapping[F1]@10|)))
      (a!87 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!88 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= gup0.page@10 #x00)
                      |folio.index[F0]@10|
                      |folio.index[F1]@10|)))
      (a!96 (ite (= (ite (= migrate0.dst@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!97 (ite (= (ite (= gup0.page@10 #x00)
                         |folio.refcount[F0]@10|
                         |folio.refcount[F1]@10|)
                    #x01)
                 #x00
                 (ite (= gup0.page@10 #x00)
                      |folio.data[F0]@10|
                      |folio.data[F1]@10|)))
      (a!107 (ite (= (ite (= migrate0.dst@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!108 (ite (= (ite (= gup0.page@10 #x00)
                          |folio.refcount[F0]@10|
                          |folio.refcount[F1]@10|)
                     #x01)
                  #x00
                  (ite (= gup0.page@10 #x00)
                       |folio.node[F0]@10|
                       |folio.node[F1]@10|)))
      (a!116 (ite (and (= rule@10 #x24) true)
                  |pte.folio[P0][0]@10|
                  (ite (and (= rule@10 #x25) true) #x02 gup0.wait_folio@10)))
      (a!117 (ite (and (= rule@10 #x2d) true)
                  |pte.folio[P0][0]@10|
                  (ite (and (= rule@10 #x2e) true) #x02 fault0.wait_folio@10)))
      (a!118 (ite (and (= rule@10 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@10| #x01)
                  (ite (and (= rule@10 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@10| #x01)
                       |&mm->mmap_lock.readers[P0]@10|)))
      (a!122 (ite (and (= rule@10 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@10| #x01)
                  (ite (and (= rule@10 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@10| #x01)
                       |&anon_vma->rwsem.readers[av0]@10|)))
      (a!124 (ite (and (= rule@10 #x1a) (= migrate0.dst@10 #x00))
                  #x00
                  (ite (and (= rule@10 #x1c) true) #x00 |PG_locked[F0]@10|)))
      (a!127 (ite (and (= rule@10 #x0d) (= migrate0.dst@10 #x01))
                  #x01
                  (ite (and (= rule@10 #x1a) (= migrate0.dst@10 #x01))
                       #x00
                       |PG_locked[F1]@10|)))
      (a!128 (ite (and (= rule@10 #x20) true)
                  #x15
                  (ite (and (= rule@10 #x21) true) #x1f migrate0.pc@10)))
      (a!145 (ite (and (= rule@10 #x1e) true)
                  #x00
                  (ite (and (= rule@10 #x21) true) #x00 migrate0.isolated@10)))
      (a!147 (ite (and (= rule@10 #x1f) true)
                  #x02
                  (ite (and (= rule@10 #x20) true) #x02 migrate0.dst@10)))
      (a!149 (ite (and (= rule@10 #x0b) true)
                  #x01
                  (ite (and (= rule@10 #x1b) true) #x01 migrate0.anon_vma@10)))
      (a!151 (ite (and (= rule@10 #x18) true)
                  (bvadd migrate0.cursor@10 #x01)
                  (ite (and (= rule@10 #x19) true) #x00 migrate0.cursor@10)))
      (a!154 (ite (and (= rule@10 #x0e) true)
                  #x01
                  (ite (and (= rule@10 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@10)))
      (a!155 (ite (and (= rule@10 #x14) true)
                  #x00
                  (ite (and (= rule@10 #x15) true) #x01 migrate0.ok@10)))
      (a!157 (= migrate0.pass@11
                (ite (and (= rule@10 #x1f) true)
                     (bvadd migrate0.pass@10 #x01)
                     migrate0.pass@10)))
      (a!158 (ite (and (= rule@10 #x27) true)
                  #x04
                  (ite (and (= rule@10 #x28) true) #x05 gup0.pc@10)))
      (a!162 (ite (and (= rule@10 #x23) true)
                  |pte.folio[P0][0]@10|
                  (ite (and (= rule@10 #x28) true) #x02 gup0.page@10)))
      (a!163 (ite (and (= rule@10 #x2e) true)
                  #x00
                  (ite (and (= rule@10 #x2f) true) #x0c fault0.pc@10))))
(let ((a!10 (or (and (= rule@10 #x00)
                     (= migrate0.pc@10 #x00)
                     (not (= |folio.used[F0]@10| #x00))
                     (not (= |PG_lru[F0]@10| #x00)))
                (and (= rule@10 #x01) (= migrate0.pc@10 #x00) a!1)
                (and (= rule@10 #x02)
                     (= migrate0.pc@10 #x01)
                     (= |folio.refcount[F0]@10| #x01))
                (and (= rule@10 #x03)
                     (= migrate0.pc@10 #x01)
                     (not (= |folio.refcount[F0]@10| #x01))
                     a!2)
                (and (= rule@10 #x04)
                     (= migrate0.pc@10 #x01)
                     (not (= |folio.refcount[F0]@10| #x01))
                     (not a!2))
                (and (= rule@10 #x05)
                     (= migrate0.pc@10 #x02)
                     (= |PG_locked[F0]@10| #x00))
                (and (= rule@10 #x06)
                     (= migrate0.pc@10 #x02)
                     (not (= |PG_locked[F0]@10| #x00))
                     (not (bvuge migrate0.pass@10 #x03)))
                (and (= rule@10 #x07)
                     (= migrate0.pc@10 #x02)
                     (not (= |PG_locked[F0]@10| #x00))
                     (bvuge migrate0.pass@10 #x03))
                (and (= rule@10 #x08)
                     (= migrate0.pc@10 #x03)
                     (= |PG_locked[F0]@10| #x00))
                (and (= rule@10 #x09)
                     (= migrate0.pc@10 #x04)
                     (bvugt |folio.mapcount[F0]@10| #x00)
                     (not (= |folio.mapping[F0]@10| #x01))
                     (bvugt |anon_vma.refcount[av0]@10| #x00))
                (and (= rule@10 #x0a)
                     (= migrate0.pc@10 #x05)
                     (bvugt |folio.mapcount[F0]@10| #x00))
                (and (= rule@10 #x0b)
                     (= migrate0.pc@10 #x05)
                     (not (bvugt |folio.mapcount[F0]@10| #x00)))
                (and (= rule@10 #x0c) (= migrate0.pc@10 #x04) a!3)
                a!4
                (and (= rule@10 #x0e)
                     (= migrate0.pc@10 #x08)
                     (bvugt |folio.mapcount[F0]@10| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@10| #x00))
                (and (= rule@10 #x0f)
                     (= migrate0.pc@10 #x08)
                     (not (bvugt |folio.mapcount[F0]@10| #x00)))
                (and (= rule@10 #x10)
                     (= migrate0.pc@10 #x09)
                     (bvult migrate0.cursor@10 |anon_vma.len[av0]@10|)
                     (bvugt |folio.mapcount[F0]@10| #x00)
                     (= |folio.index[F0]@10| #x00)
                     (= |ptlock_ptr(page)[P0]@10| #x00))
                a!5
                (and (= rule@10 #x12)
                     (= migrate0.pc@10 #x0a)
                     (not (bvugt |folio.mapcount[F0]@10| #x00))
                     (= |folio.refcount[F0]@10| #x02))
                (and (= rule@10 #x13)
                     (= migrate0.pc@10 #x0a)
                     (not (bvugt |folio.mapcount[F0]@10| #x00))
                     (not (= |folio.refcount[F0]@10| #x02)))
                (and (= rule@10 #x14)
                     (= migrate0.pc@10 #x0a)
                     (bvugt |folio.mapcount[F0]@10| #x00))
                (and (= rule@10 #x15) (= migrate0.pc@10 #x0b))
                (and (= rule@10 #x16) (= migrate0.pc@10 #x0c))
                (and (= rule@10 #x17)
                     (= migrate0.pc@10 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@10| #x00))
                (and (= rule@10 #x18)
                     (= migrate0.pc@10 #x0e)
                     (bvult migrate0.cursor@10 |anon_vma.len[av0]@10|)
                     (= |folio.index[F0]@10| #x00)
                     (= |ptlock_ptr(page)[P0]@10| #x00))
                (and (= rule@10 #x19)
                     (= migrate0.pc@10 #x0e)
                     (bvuge migrate0.cursor@10 |anon_vma.len[av0]@10|))
                (and (= rule@10 #x1a) (= migrate0.pc@10 #x0f))
                (and (= rule@10 #x1b) (= migrate0.pc@10 #x10))
                (and (= rule@10 #x1c) (= migrate0.pc@10 #x11))
                (and (= rule@10 #x1d) (= migrate0.pc@10 #x12))
                (and (= rule@10 #x1e) (= migrate0.pc@10 #x13))
                (and (= rule@10 #x1f)
                     (= migrate0.pc@10 #x14)
                     (bvult migrate0.pass@10 #x00))
                (and (= rule@10 #x20)
                     (= migrate0.pc@10 #x14)
                     (bvuge migrate0.pass@10 #x00))
                (and (= rule@10 #x21) (= migrate0.pc@10 #x15))
                (and (= rule@10 #x22)
                     (= gup0.pc@10 #x00)
                     (not (= |alive[P0]@10| #x00))
                     (= |&mm->mmap_lock.writer[P0]@10| #x00))
                (and (= rule@10 #x23)
                     (= gup0.pc@10 #x01)
                     (= |ptlock_ptr(page)[P0]@10| #x00)
                     (= |pte[P0][0]@10| #x01)
                     (not (= |pte.write[P0][0]@10| #x00)))
                (and (= rule@10 #x24)
                     (= gup0.pc@10 #x01)
                     (= |ptlock_ptr(page)[P0]@10| #x00)
                     (not (= |pte[P0][0]@10| #x00))
                     (not (= |pte[P0][0]@10| #x01)))
                a!6
                (and (= rule@10 #x26)
                     (= gup0.pc@10 #x01)
                     (= |ptlock_ptr(page)[P0]@10| #x00)
                     a!7
                     a!8)
                (and (= rule@10 #x27) (= gup0.pc@10 #x03))
                (and (= rule@10 #x28) (= gup0.pc@10 #x04))
                (and (= rule@10 #x29)
                     (= fault0.pc@10 #x00)
                     (not (= |alive[P0]@10| #x00))
                     (= |pte[P0][0]@10| #x01))
                (and (= rule@10 #x2a)
                     (= fault0.pc@10 #x00)
                     (not (= |alive[P0]@10| #x00))
                     (not (= |pte[P0][0]@10| #x01)))
                (and (= rule@10 #x2b)
                     (= fault0.pc@10 #x01)
                     (= |&mm->mmap_lock.writer[P0]@10| #x00))
                (and (= rule@10 #x2c)
                     (= fault0.pc@10 #x02)
                     (= |ptlock_ptr(page)[P0]@10| #x00)
                     (= |pte[P0][0]@10| #x01))
                (and (= rule@10 #x2d)
                     (= fault0.pc@10 #x02)
                     (= |ptlock_ptr(page)[P0]@10| #x00)
                     (not (= |pte[P0][0]@10| #x00))
                     (not (= |pte[P0][0]@10| #x01)))
                a!9
                (and (= rule@10 #x2f)
                     (= fault0.pc@10 #x02)
                     (= |pte[P0][0]@10| #x00))))
      (a!13 (ite (and (= rule@10 #x10) (= |anon_vma.list[av0][0]@10| #x00))
                 (ite (and (= |pte[P0][0]@10| #x01)
                           (= |pte.folio[P0][0]@10| #x00))
                      a!11
                      |pte[P0][0]@10|)
                 (ite (and (= rule@10 #x18) (= |anon_vma.list[av0][0]@10| #x00))
                      (ite a!12 #x01 |pte[P0][0]@10|)
                      |pte[P0][0]@10|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@10 #x00)) migrate0.dst@10 #x00)
                 |pte.folio[P0][0]@10|))
      (a!16 (ite (and (= rule@10 #x18) (= |anon_vma.list[av0][0]@10| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@10| #x04) #x01 #x00)
                      |pte.write[P0][0]@10|)
                 |pte.write[P0][0]@10|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@10 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@10|
                   (bvadd (ite (= migrate0.anon_vma@10 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@10 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@10 #x01))
                      (= |anon_vma.refcount[av0]@10| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@10 #x21) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!29
                      |folio.used[F0]@10|)))
      (a!34 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 a!28
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                      a!29
                      |folio.used[F1]@10|)))
      (a!40 (ite (and (= rule@10 #x23) (= |pte.folio[P0][0]@10| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@10| #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@10 #x23) (= |pte.folio[P0][0]@10| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@10| #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@10|
                             |folio.mapcount[F1]@10|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@10| |folio.mapcount[F1]@10|)))
      (a!59 (ite (and (= rule@10 #x21) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 #x01)
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!58
                      |PG_lru[F0]@10|)))
      (a!64 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 a!57
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                      a!58
                      |PG_lru[F1]@10|)))
      (a!67 (ite (and (not (= |pte[P0][0]@10| #x00))
                      (not (= |pte[P0][0]@10| #x01))
                      (= |pte.folio[P0][0]@10| #x00)
                      (not (= |pte[P0][0]@10| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@10|
                      |PG_anon_exclusive[F1]@10|)))
      (a!70 (ite (and (= rule@10 #x21) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@10|)))
      (a!75 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 a!68
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@10|)))
      (a!80 (ite (and (= rule@10 #x21) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!79
                      |folio.mapping[F0]@10|)))
      (a!84 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 a!78
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                      a!79
                      |folio.mapping[F1]@10|)))
      (a!89 (ite (and (= rule@10 #x21) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!88
                      |folio.index[F0]@10|)))
      (a!93 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 a!87
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                      a!88
                      |folio.index[F1]@10|)))
      (a!98 (ite (and (= rule@10 #x27) (= gup0.page@10 #x00))
                 #x02
                 (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                      a!97
                      |folio.data[F0]@10|)))
      (a!103 (ite (and (= rule@10 #x27) (= gup0.page@10 #x01))
                  #x02
                  (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                       a!97
                       |folio.data[F1]@10|)))
      (a!109 (ite (and (= rule@10 #x21) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x28) (= gup0.page@10 #x00))
                       a!108
                       |folio.node[F0]@10|)))
      (a!113 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                  a!107
                  (ite (and (= rule@10 #x28) (= gup0.page@10 #x01))
                       a!108
                       |folio.node[F1]@10|)))
      (a!119 (ite (and (= rule@10 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@10| #x01)
                  (ite (and (= rule@10 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@10| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@10 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@10| #x01)
                  (ite (and (= rule@10 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@10| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@10 #x08) true)
                  #x01
                  (ite (and (= rule@10 #x0d) (= migrate0.dst@10 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@10 #x1e) true)
                  #x1f
                  (ite (and (= rule@10 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@10 #x03) true)
                  a!27
                  (ite (and (= rule@10 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@11
                (ite (and (= rule@10 #x09) true) |folio.mapping[F0]@10| a!149)))
      (a!152 (ite (and (= rule@10 #x11) true)
                  #x00
                  (ite (and (= rule@10 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@10 #x06) true)
                  #x00
                  (ite (and (= rule@10 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@10 #x25) true)
                  #x01
                  (ite (and (= rule@10 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@10 #x2c) true)
                  #x00
                  (ite (and (= rule@10 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@11|
               (ite (and (= rule@10 #x18) (= |anon_vma.list[av0][0]@10| #x00))
                    a!14
                    |pte.folio[P0][0]@10|)))
      (a!17 (ite (and (= rule@10 #x10) (= |anon_vma.list[av0][0]@10| #x00))
                 (ite (and (= |pte[P0][0]@10| #x01)
                           (= |pte.folio[P0][0]@10| #x00))
                      #x00
                      |pte.write[P0][0]@10|)
                 a!16))
      (a!25 (ite (and (= rule@10 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@10| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@10|)
                 |anon_vma.refcount[av0]@10|))
      (a!31 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 a!28
                 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 a!28
                 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x21) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@10 #x10) true)
                 (ite (and (= |pte[P0][0]@10| #x01)
                           (= |pte.folio[P0][0]@10| #x00))
                      (bvsub |folio.mapcount[F0]@10| #x01)
                      |folio.mapcount[F0]@10|)
                 (ite (and (= rule@10 #x18) a!38) a!54 |folio.mapcount[F0]@10|)))
      (a!56 (= |folio.mapcount[F1]@11|
               (ite (and (= rule@10 #x18) a!47) a!54 |folio.mapcount[F1]@10|)))
      (a!60 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 a!57
                 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 a!68
                 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 a!68
                 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 a!78
                 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 a!78
                 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 a!87
                 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 a!87
                 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00))
                 a!96
                 (ite (and (= rule@10 #x21) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.data[F0]@10|)
                      a!98)))
      (a!104 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01))
                  a!96
                  (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                  a!107
                  (ite (and (= rule@10 #x20) (= migrate0.dst@10 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                  a!107
                  (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@10 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@10| #x01)
                  (ite (and (= rule@10 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@10| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@11| (ite (and (= rule@10 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@10 #x1c) true)
                  (ite (not (= migrate0.ok@10 #x00)) #x12 #x14)
                  (ite (and (= rule@10 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@10 #x0e) true)
                  #x00
                  (ite (and (= rule@10 #x10) true)
                       (bvadd migrate0.cursor@10 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@10 #x23) true)
                  #x03
                  (ite (and (= rule@10 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@10 #x2a) true)
                  #x01
                  (ite (and (= rule@10 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@10 #x09) (= |folio.mapping[F0]@10| #x00))
                 (bvadd |anon_vma.refcount[av0]@10| #x01)
                 (ite (and (= rule@10 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@10|)
                      a!25)))
      (a!32 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 a!28
                 (ite (and (= rule@10 #x1e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.used[F0]@10|)
                      a!31)))
      (a!36 (= |folio.used[F1]@11|
               (ite (and (= rule@10 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x01))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 a!57
                 (ite (and (= rule@10 #x1e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_lru[F0]@10|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@11|
               (ite (and (= rule@10 #x16) (= migrate0.dst@10 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 a!68
                 (ite (and (= rule@10 #x1e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@10|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@11|
               (ite (and (= rule@10 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 a!78
                 (ite (and (= rule@10 #x1e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x01
                           |folio.mapping[F0]@10|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@11|
               (ite (and (= rule@10 #x12) (= migrate0.dst@10 #x01))
                    |folio.mapping[F0]@10|
                    a!85)))
      (a!91 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 a!87
                 (ite (and (= rule@10 #x1e) true)
                      (ite (= |folio.refcount[F0]@10| #x01)
                           #x00
                           |folio.index[F0]@10|)
                      a!90)))
      (a!95 (= |folio.index[F1]@11|
               (ite (and (= rule@10 #x12) (= migrate0.dst@10 #x01))
                    |folio.index[F0]@10|
                    a!94)))
      (a!100 (ite (and (= rule@10 #x1e) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.data[F0]@10|)
                  (ite (and (= rule@10 #x1f) (= migrate0.dst@10 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@10 #x15) (= migrate0.dst@10 #x01))
                  |folio.data[F0]@10|
                  (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                  a!107
                  (ite (and (= rule@10 #x1e) true)
                       (ite (= |folio.refcount[F0]@10| #x01)
                            #x00
                            |folio.node[F0]@10|)
                       a!110)))
      (a!115 (= |folio.node[F1]@11|
                (ite (and (= rule@10 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@10|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@11|
                (ite (and (= rule@10 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@10| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@10 #x1a) true)
                  #x10
                  (ite (and (= rule@10 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@11 (ite (and (= rule@10 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@11 (ite (and (= rule@10 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@10 #x02) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |folio.used[F0]@10|)
                 (ite (and (= rule@10 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 (ite (and (= rule@10 #x1e) true)
                      (bvsub |folio.refcount[F0]@10| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x01))
                 (bvsub (ite (= migrate0.dst@10 #x00)
                             |folio.refcount[F0]@10|
                             |folio.refcount[F1]@10|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@10 #x02) true)
                 (ite (= |folio.refcount[F0]@10| #x01) #x00 |PG_lru[F0]@10|)
                 (ite (and (= rule@10 #x16) (= migrate0.dst@10 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@10 #x10) true)
                 (ite (and (= |pte[P0][0]@10| #x01)
                           (= |pte.folio[P0][0]@10| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@10|)
                 (ite (and (= rule@10 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@10 #x02) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x01
                      |folio.mapping[F0]@10|)
                 (ite (and (= rule@10 #x12) (= migrate0.dst@10 #x00))
                      |folio.mapping[F0]@10|
                      a!82)))
      (a!92 (ite (and (= rule@10 #x02) true)
                 (ite (= |folio.refcount[F0]@10| #x01)
                      #x00
                      |folio.index[F0]@10|)
                 (ite (and (= rule@10 #x12) (= migrate0.dst@10 #x00))
                      |folio.index[F0]@10|
                      a!91)))
      (a!101 (ite (and (= rule@10 #x15) (= migrate0.dst@10 #x00))
                  |folio.data[F0]@10|
                  (ite (and (= rule@10 #x1d) (= migrate0.dst@10 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@11|
                (ite (and (= rule@10 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@10 #x02) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.node[F0]@10|)
                  (ite (and (= rule@10 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@10|)
                       a!111)))
      (a!132 (ite (and (= rule@10 #x17) true)
                  #x0e
                  (ite (and (= rule@10 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@10 #x10) true)
                 a!37
                 (ite (and (= rule@10 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@10|
                                  |folio.refcount[F1]@10|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@10 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@10 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@10|
                                  |folio.refcount[F1]@10|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@11| (ite (and (= rule@10 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@11|
               (ite (and (= rule@10 #x02) true)
                    (ite (= |folio.refcount[F0]@10| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@10|)
                    a!73)))
      (a!102 (ite (and (= rule@10 #x02) true)
                  (ite (= |folio.refcount[F0]@10| #x01)
                       #x00
                       |folio.data[F0]@10|)
                  (ite (and (= rule@10 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@10 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@10 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@10 #x02) true)
                 (bvsub |folio.refcount[F0]@10| #x01)
                 (ite (and (= rule@10 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@10 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@10 #x00)) #x0d #x0f)
                  (ite (and (= rule@10 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@11|
               (ite (and (= rule@10 #x00) true)
                    (bvadd |folio.refcount[F0]@10| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@10 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@10 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@10 #x11) true)
                  #x0a
                  (ite (and (= rule@10 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@10 #x0e) true)
                  #x09
                  (ite (and (= rule@10 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@10 #x0c) true)
                  #x06
                  (ite (and (= rule@10 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@10 #x0a) true)
                  #x06
                  (ite (and (= rule@10 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@10 #x08) true)
                  #x04
                  (ite (and (= rule@10 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@10 #x06) true)
                  #x14
                  (ite (and (= rule@10 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@10 #x04) true)
                  #x15
                  (ite (and (= rule@10 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@10 #x02) true)
                  #x1f
                  (ite (and (= rule@10 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@10 #x00) true)
                  #x01
                  (ite (and (= rule@10 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@11| |alive[P0]@10|)
       (= |pte[P0][0]@11| a!13)
       a!15
       (= |pte.write[P0][0]@11| a!17)
       a!18
       (= |anon_vma.list[av0][0]@11| |anon_vma.list[av0][0]@10|)
       (= |anon_vma.len[av0]@11| |anon_vma.len[av0]@10|)
       (= |anon_vma.refcount[av0]@11| a!26)
       (= |folio.used[F0]@11| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@11| a!53)
       (= |folio.mapcount[F0]@11| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@11| a!83)
       a!86
       (= |folio.index[F0]@11| a!92)
       a!95
       (= |folio.data[F0]@11| a!102)
       a!106
       (= |folio.node[F0]@11| a!112)
       a!115
       (= gup0.wait_folio@11 a!116)
       (= fault0.wait_folio@11 a!117)
       (= |&mm->mmap_lock.writer[P0]@11| |&mm->mmap_lock.writer[P0]@10|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@11| |&anon_vma->rwsem.writer[av0]@10|)
       (= |&anon_vma->rwsem.readers[av0]@11| a!123)
       (= |ptlock_ptr(page)[P0]@11| |ptlock_ptr(page)[P0]@10|)
       a!126
       (= |PG_locked[F1]@11| a!127)
       (= migrate0.pc@11 a!144)
       (= migrate0.isolated@11 a!146)
       (= migrate0.dst@11 a!148)
       a!150
       (= migrate0.cursor@11 a!153)
       (= migrate0.page_was_mapped@11 a!154)
       (= migrate0.ok@11 a!156)
       a!157
       a!161
       (= gup0.page@11 a!162)
       a!166
       (= fault0.old_page@11 fault0.old_page@10)
       (= fault0.new_page@11 fault0.new_page@10)
       (bvule |alive[P0]@11| #x01)
       (bvule |pte[P0][0]@11| #x07)
       (bvule |pte.folio[P0][0]@11| #x01)
       (bvule |pte.write[P0][0]@11| #x01)
       (bvule |expected[P0][0]@11| #x02)
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
       (bvule |folio.data[F0]@11| #x02)
       (bvule |folio.data[F1]@11| #x02)
       (bvule |folio.node[F0]@11| #x01)
       (bvule |folio.node[F1]@11| #x01)
       (bvule gup0.wait_folio@11 #x02)
       (bvule fault0.wait_folio@11 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@11| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@11| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@11| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@11| #x03)
       (bvule |ptlock_ptr(page)[P0]@11| #x03)
       (bvule |PG_locked[F0]@11| #x03)
       (bvule |PG_locked[F1]@11| #x03)
       (bvule migrate0.pc@11 #x1f)
       (bvule migrate0.isolated@11 #x01)
       (bvule migrate0.dst@11 #x02)
       (bvule migrate0.anon_vma@11 #x01)
       (bvule migrate0.cursor@11 #x01)
       (bvule migrate0.page_was_mapped@11 #x01)
       (bvule migrate0.ok@11 #x01)
       (bvule migrate0.pass@11 #x00)
       (bvule gup0.pc@11 #x05)
       (bvule gup0.page@11 #x02)
       (bvule fault0.pc@11 #x0c)
       (bvule fault0.old_page@11 #x02)
       (bvule fault0.new_page@11 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@11| #x00)))
               (not (not (= |folio.used[F1]@11| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@11| #x00)
                     (not (= |folio.mapping[F0]@11| #x01))
                     (bvugt |anon_vma.refcount[av0]@11| #x00))))
      (a!4 (and (= rule@11 #x0d)
                (= migrate0.pc@11 #x06)
                (= (ite (= migrate0.dst@11 #x00)
                        |PG_locked[F0]@11|
                        |PG_locked[F1]@11|)
                   #x00)))
      (a!5 (and (= rule@11 #x11)
                (= migrate0.pc@11 #x09)
                (or (bvuge migrate0.cursor@11 |anon_vma.len[av0]@11|)
                    (not (bvugt |folio.mapcount[F0]@11| #x00)))))
      (a!6 (and (= rule@11 #x25)
                (= gup0.pc@11 #x02)
                (= (ite (= gup0.wait_folio@11 #x00)
                        |PG_locked[F0]@11|
                        |PG_locked[F1]@11|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@11| #x01)
                     (not (= |pte.write[P0][0]@11| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@11| #x00))
                     (not (= |pte[P0][0]@11| #x01)))))
      (a!9 (and (= rule@11 #x2e)
                (= fault0.pc@11 #x06)
                (= (ite (= fault0.wait_folio@11 #x00)
                        |PG_locked[F0]@11|
                        |PG_locked[F1]@11|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@11| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@11| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@11| #x00))
                 (not (= |pte[P0][0]@11| #x01))
                 (= |pte.folio[P0][0]@11| #x00)))
      (a!18 (= |expected[P0][0]@12|
               (ite (and (= rule@11 #x27) true) #x02 |expected[P0][0]@11|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@11| #x01)
                      (not (= migrate0.anon_vma@11 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@11 #x01))
                    migrate0.anon_vma@11
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@11| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!29 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= gup0.page@11 #x00)
                      |folio.used[F0]@11|
                      |folio.used[F1]@11|)))
      (a!37 (bvsub |folio.refcount[F0]@11|
                   (ite (and (= |pte[P0][0]@11| #x01)
                             (= |pte.folio[P0][0]@11| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@11 #x00)) migrate0.dst@11 #x00) #x00))
      (a!39 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                 (bvsub (ite (= gup0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F0]@11|))
      (a!47 (= (ite (not (= migrate0.ok@11 #x00)) migrate0.dst@11 #x00) #x01))
      (a!48 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                 (bvsub (ite (= gup0.page@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 |folio.refcount[F1]@11|))
      (a!57 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!58 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= gup0.page@11 #x00) |PG_lru[F0]@11| |PG_lru[F1]@11|)))
      (a!68 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!69 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= gup0.page@11 #x00)
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!78 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!79 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x01
                 (ite (= gup0.page@11 #x00)
                      |folio.mapping[F0]@11|
                      |folio.mapping[F1]@11|)))
      (a!87 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!88 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= gup0.page@11 #x00)
                      |folio.index[F0]@11|
                      |folio.index[F1]@11|)))
      (a!96 (ite (= (ite (= migrate0.dst@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!97 (ite (= (ite (= gup0.page@11 #x00)
                         |folio.refcount[F0]@11|
                         |folio.refcount[F1]@11|)
                    #x01)
                 #x00
                 (ite (= gup0.page@11 #x00)
                      |folio.data[F0]@11|
                      |folio.data[F1]@11|)))
      (a!107 (ite (= (ite (= migrate0.dst@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!108 (ite (= (ite (= gup0.page@11 #x00)
                          |folio.refcount[F0]@11|
                          |folio.refcount[F1]@11|)
                     #x01)
                  #x00
                  (ite (= gup0.page@11 #x00)
                       |folio.node[F0]@11|
                       |folio.node[F1]@11|)))
      (a!116 (ite (and (= rule@11 #x24) true)
                  |pte.folio[P0][0]@11|
                  (ite (and (= rule@11 #x25) true) #x02 gup0.wait_folio@11)))
      (a!117 (ite (and (= rule@11 #x2d) true)
                  |pte.folio[P0][0]@11|
                  (ite (and (= rule@11 #x2e) true) #x02 fault0.wait_folio@11)))
      (a!118 (ite (and (= rule@11 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@11| #x01)
                  (ite (and (= rule@11 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@11| #x01)
                       |&mm->mmap_lock.readers[P0]@11|)))
      (a!122 (ite (and (= rule@11 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@11| #x01)
                  (ite (and (= rule@11 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@11| #x01)
                       |&anon_vma->rwsem.readers[av0]@11|)))
      (a!124 (ite (and (= rule@11 #x1a) (= migrate0.dst@11 #x00))
                  #x00
                  (ite (and (= rule@11 #x1c) true) #x00 |PG_locked[F0]@11|)))
      (a!127 (ite (and (= rule@11 #x0d) (= migrate0.dst@11 #x01))
                  #x01
                  (ite (and (= rule@11 #x1a) (= migrate0.dst@11 #x01))
                       #x00
                       |PG_locked[F1]@11|)))
      (a!128 (ite (and (= rule@11 #x20) true)
                  #x15
                  (ite (and (= rule@11 #x21) true) #x1f migrate0.pc@11)))
      (a!145 (ite (and (= rule@11 #x1e) true)
                  #x00
                  (ite (and (= rule@11 #x21) true) #x00 migrate0.isolated@11)))
      (a!147 (ite (and (= rule@11 #x1f) true)
                  #x02
                  (ite (and (= rule@11 #x20) true) #x02 migrate0.dst@11)))
      (a!149 (ite (and (= rule@11 #x0b) true)
                  #x01
                  (ite (and (= rule@11 #x1b) true) #x01 migrate0.anon_vma@11)))
      (a!151 (ite (and (= rule@11 #x18) true)
                  (bvadd migrate0.cursor@11 #x01)
                  (ite (and (= rule@11 #x19) true) #x00 migrate0.cursor@11)))
      (a!154 (ite (and (= rule@11 #x0e) true)
                  #x01
                  (ite (and (= rule@11 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@11)))
      (a!155 (ite (and (= rule@11 #x14) true)
                  #x00
                  (ite (and (= rule@11 #x15) true) #x01 migrate0.ok@11)))
      (a!157 (= migrate0.pass@12
                (ite (and (= rule@11 #x1f) true)
                     (bvadd migrate0.pass@11 #x01)
                     migrate0.pass@11)))
      (a!158 (ite (and (= rule@11 #x27) true)
                  #x04
                  (ite (and (= rule@11 #x28) true) #x05 gup0.pc@11)))
      (a!162 (ite (and (= rule@11 #x23) true)
                  |pte.folio[P0][0]@11|
                  (ite (and (= rule@11 #x28) true) #x02 gup0.page@11)))
      (a!163 (ite (and (= rule@11 #x2e) true)
                  #x00
                  (ite (and (= rule@11 #x2f) true) #x0c fault0.pc@11))))
(let ((a!10 (or (and (= rule@11 #x00)
                     (= migrate0.pc@11 #x00)
                     (not (= |folio.used[F0]@11| #x00))
                     (not (= |PG_lru[F0]@11| #x00)))
                (and (= rule@11 #x01) (= migrate0.pc@11 #x00) a!1)
                (and (= rule@11 #x02)
                     (= migrate0.pc@11 #x01)
                     (= |folio.refcount[F0]@11| #x01))
                (and (= rule@11 #x03)
                     (= migrate0.pc@11 #x01)
                     (not (= |folio.refcount[F0]@11| #x01))
                     a!2)
                (and (= rule@11 #x04)
                     (= migrate0.pc@11 #x01)
                     (not (= |folio.refcount[F0]@11| #x01))
                     (not a!2))
                (and (= rule@11 #x05)
                     (= migrate0.pc@11 #x02)
                     (= |PG_locked[F0]@11| #x00))
                (and (= rule@11 #x06)
                     (= migrate0.pc@11 #x02)
                     (not (= |PG_locked[F0]@11| #x00))
                     (not (bvuge migrate0.pass@11 #x03)))
                (and (= rule@11 #x07)
                     (= migrate0.pc@11 #x02)
                     (not (= |PG_locked[F0]@11| #x00))
                     (bvuge migrate0.pass@11 #x03))
                (and (= rule@11 #x08)
                     (= migrate0.pc@11 #x03)
                     (= |PG_locked[F0]@11| #x00))
                (and (= rule@11 #x09)
                     (= migrate0.pc@11 #x04)
                     (bvugt |folio.mapcount[F0]@11| #x00)
                     (not (= |folio.mapping[F0]@11| #x01))
                     (bvugt |anon_vma.refcount[av0]@11| #x00))
                (and (= rule@11 #x0a)
                     (= migrate0.pc@11 #x05)
                     (bvugt |folio.mapcount[F0]@11| #x00))
                (and (= rule@11 #x0b)
                     (= migrate0.pc@11 #x05)
                     (not (bvugt |folio.mapcount[F0]@11| #x00)))
                (and (= rule@11 #x0c) (= migrate0.pc@11 #x04) a!3)
                a!4
                (and (= rule@11 #x0e)
                     (= migrate0.pc@11 #x08)
                     (bvugt |folio.mapcount[F0]@11| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@11| #x00))
                (and (= rule@11 #x0f)
                     (= migrate0.pc@11 #x08)
                     (not (bvugt |folio.mapcount[F0]@11| #x00)))
                (and (= rule@11 #x10)
                     (= migrate0.pc@11 #x09)
                     (bvult migrate0.cursor@11 |anon_vma.len[av0]@11|)
                     (bvugt |folio.mapcount[F0]@11| #x00)
                     (= |folio.index[F0]@11| #x00)
                     (= |ptlock_ptr(page)[P0]@11| #x00))
                a!5
                (and (= rule@11 #x12)
                     (= migrate0.pc@11 #x0a)
                     (not (bvugt |folio.mapcount[F0]@11| #x00))
                     (= |folio.refcount[F0]@11| #x02))
                (and (= rule@11 #x13)
                     (= migrate0.pc@11 #x0a)
                     (not (bvugt |folio.mapcount[F0]@11| #x00))
                     (not (= |folio.refcount[F0]@11| #x02)))
                (and (= rule@11 #x14)
                     (= migrate0.pc@11 #x0a)
                     (bvugt |folio.mapcount[F0]@11| #x00))
                (and (= rule@11 #x15) (= migrate0.pc@11 #x0b))
                (and (= rule@11 #x16) (= migrate0.pc@11 #x0c))
                (and (= rule@11 #x17)
                     (= migrate0.pc@11 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@11| #x00))
                (and (= rule@11 #x18)
                     (= migrate0.pc@11 #x0e)
                     (bvult migrate0.cursor@11 |anon_vma.len[av0]@11|)
                     (= |folio.index[F0]@11| #x00)
                     (= |ptlock_ptr(page)[P0]@11| #x00))
                (and (= rule@11 #x19)
                     (= migrate0.pc@11 #x0e)
                     (bvuge migrate0.cursor@11 |anon_vma.len[av0]@11|))
                (and (= rule@11 #x1a) (= migrate0.pc@11 #x0f))
                (and (= rule@11 #x1b) (= migrate0.pc@11 #x10))
                (and (= rule@11 #x1c) (= migrate0.pc@11 #x11))
                (and (= rule@11 #x1d) (= migrate0.pc@11 #x12))
                (and (= rule@11 #x1e) (= migrate0.pc@11 #x13))
                (and (= rule@11 #x1f)
                     (= migrate0.pc@11 #x14)
                     (bvult migrate0.pass@11 #x00))
                (and (= rule@11 #x20)
                     (= migrate0.pc@11 #x14)
                     (bvuge migrate0.pass@11 #x00))
                (and (= rule@11 #x21) (= migrate0.pc@11 #x15))
                (and (= rule@11 #x22)
                     (= gup0.pc@11 #x00)
                     (not (= |alive[P0]@11| #x00))
                     (= |&mm->mmap_lock.writer[P0]@11| #x00))
                (and (= rule@11 #x23)
                     (= gup0.pc@11 #x01)
                     (= |ptlock_ptr(page)[P0]@11| #x00)
                     (= |pte[P0][0]@11| #x01)
                     (not (= |pte.write[P0][0]@11| #x00)))
                (and (= rule@11 #x24)
                     (= gup0.pc@11 #x01)
                     (= |ptlock_ptr(page)[P0]@11| #x00)
                     (not (= |pte[P0][0]@11| #x00))
                     (not (= |pte[P0][0]@11| #x01)))
                a!6
                (and (= rule@11 #x26)
                     (= gup0.pc@11 #x01)
                     (= |ptlock_ptr(page)[P0]@11| #x00)
                     a!7
                     a!8)
                (and (= rule@11 #x27) (= gup0.pc@11 #x03))
                (and (= rule@11 #x28) (= gup0.pc@11 #x04))
                (and (= rule@11 #x29)
                     (= fault0.pc@11 #x00)
                     (not (= |alive[P0]@11| #x00))
                     (= |pte[P0][0]@11| #x01))
                (and (= rule@11 #x2a)
                     (= fault0.pc@11 #x00)
                     (not (= |alive[P0]@11| #x00))
                     (not (= |pte[P0][0]@11| #x01)))
                (and (= rule@11 #x2b)
                     (= fault0.pc@11 #x01)
                     (= |&mm->mmap_lock.writer[P0]@11| #x00))
                (and (= rule@11 #x2c)
                     (= fault0.pc@11 #x02)
                     (= |ptlock_ptr(page)[P0]@11| #x00)
                     (= |pte[P0][0]@11| #x01))
                (and (= rule@11 #x2d)
                     (= fault0.pc@11 #x02)
                     (= |ptlock_ptr(page)[P0]@11| #x00)
                     (not (= |pte[P0][0]@11| #x00))
                     (not (= |pte[P0][0]@11| #x01)))
                a!9
                (and (= rule@11 #x2f)
                     (= fault0.pc@11 #x02)
                     (= |pte[P0][0]@11| #x00))))
      (a!13 (ite (and (= rule@11 #x10) (= |anon_vma.list[av0][0]@11| #x00))
                 (ite (and (= |pte[P0][0]@11| #x01)
                           (= |pte.folio[P0][0]@11| #x00))
                      a!11
                      |pte[P0][0]@11|)
                 (ite (and (= rule@11 #x18) (= |anon_vma.list[av0][0]@11| #x00))
                      (ite a!12 #x01 |pte[P0][0]@11|)
                      |pte[P0][0]@11|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@11 #x00)) migrate0.dst@11 #x00)
                 |pte.folio[P0][0]@11|))
      (a!16 (ite (and (= rule@11 #x18) (= |anon_vma.list[av0][0]@11| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@11| #x04) #x01 #x00)
                      |pte.write[P0][0]@11|)
                 |pte.write[P0][0]@11|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@11 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@11|
                   (bvadd (ite (= migrate0.anon_vma@11 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@11 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@11 #x01))
                      (= |anon_vma.refcount[av0]@11| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@11 #x21) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!29
                      |folio.used[F0]@11|)))
      (a!34 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 a!28
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                      a!29
                      |folio.used[F1]@11|)))
      (a!40 (ite (and (= rule@11 #x23) (= |pte.folio[P0][0]@11| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@11| #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@11 #x23) (= |pte.folio[P0][0]@11| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@11| #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@11|
                             |folio.mapcount[F1]@11|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@11| |folio.mapcount[F1]@11|)))
      (a!59 (ite (and (= rule@11 #x21) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 #x01)
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!58
                      |PG_lru[F0]@11|)))
      (a!64 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 a!57
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                      a!58
                      |PG_lru[F1]@11|)))
      (a!67 (ite (and (not (= |pte[P0][0]@11| #x00))
                      (not (= |pte[P0][0]@11| #x01))
                      (= |pte.folio[P0][0]@11| #x00)
                      (not (= |pte[P0][0]@11| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@11|
                      |PG_anon_exclusive[F1]@11|)))
      (a!70 (ite (and (= rule@11 #x21) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@11|)))
      (a!75 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 a!68
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@11|)))
      (a!80 (ite (and (= rule@11 #x21) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!79
                      |folio.mapping[F0]@11|)))
      (a!84 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 a!78
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                      a!79
                      |folio.mapping[F1]@11|)))
      (a!89 (ite (and (= rule@11 #x21) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!88
                      |folio.index[F0]@11|)))
      (a!93 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 a!87
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                      a!88
                      |folio.index[F1]@11|)))
      (a!98 (ite (and (= rule@11 #x27) (= gup0.page@11 #x00))
                 #x02
                 (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                      a!97
                      |folio.data[F0]@11|)))
      (a!103 (ite (and (= rule@11 #x27) (= gup0.page@11 #x01))
                  #x02
                  (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                       a!97
                       |folio.data[F1]@11|)))
      (a!109 (ite (and (= rule@11 #x21) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x28) (= gup0.page@11 #x00))
                       a!108
                       |folio.node[F0]@11|)))
      (a!113 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                  a!107
                  (ite (and (= rule@11 #x28) (= gup0.page@11 #x01))
                       a!108
                       |folio.node[F1]@11|)))
      (a!119 (ite (and (= rule@11 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@11| #x01)
                  (ite (and (= rule@11 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@11| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@11 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@11| #x01)
                  (ite (and (= rule@11 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@11| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@11 #x08) true)
                  #x01
                  (ite (and (= rule@11 #x0d) (= migrate0.dst@11 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@11 #x1e) true)
                  #x1f
                  (ite (and (= rule@11 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@11 #x03) true)
                  a!27
                  (ite (and (= rule@11 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@12
                (ite (and (= rule@11 #x09) true) |folio.mapping[F0]@11| a!149)))
      (a!152 (ite (and (= rule@11 #x11) true)
                  #x00
                  (ite (and (= rule@11 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@11 #x06) true)
                  #x00
                  (ite (and (= rule@11 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@11 #x25) true)
                  #x01
                  (ite (and (= rule@11 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@11 #x2c) true)
                  #x00
                  (ite (and (= rule@11 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@12|
               (ite (and (= rule@11 #x18) (= |anon_vma.list[av0][0]@11| #x00))
                    a!14
                    |pte.folio[P0][0]@11|)))
      (a!17 (ite (and (= rule@11 #x10) (= |anon_vma.list[av0][0]@11| #x00))
                 (ite (and (= |pte[P0][0]@11| #x01)
                           (= |pte.folio[P0][0]@11| #x00))
                      #x00
                      |pte.write[P0][0]@11|)
                 a!16))
      (a!25 (ite (and (= rule@11 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@11| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@11|)
                 |anon_vma.refcount[av0]@11|))
      (a!31 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 a!28
                 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 a!28
                 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x21) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@11 #x10) true)
                 (ite (and (= |pte[P0][0]@11| #x01)
                           (= |pte.folio[P0][0]@11| #x00))
                      (bvsub |folio.mapcount[F0]@11| #x01)
                      |folio.mapcount[F0]@11|)
                 (ite (and (= rule@11 #x18) a!38) a!54 |folio.mapcount[F0]@11|)))
      (a!56 (= |folio.mapcount[F1]@12|
               (ite (and (= rule@11 #x18) a!47) a!54 |folio.mapcount[F1]@11|)))
      (a!60 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 a!57
                 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 a!68
                 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 a!68
                 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 a!78
                 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 a!78
                 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 a!87
                 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 a!87
                 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00))
                 a!96
                 (ite (and (= rule@11 #x21) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.data[F0]@11|)
                      a!98)))
      (a!104 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01))
                  a!96
                  (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                  a!107
                  (ite (and (= rule@11 #x20) (= migrate0.dst@11 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                  a!107
                  (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@11 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@11| #x01)
                  (ite (and (= rule@11 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@11| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@12| (ite (and (= rule@11 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@11 #x1c) true)
                  (ite (not (= migrate0.ok@11 #x00)) #x12 #x14)
                  (ite (and (= rule@11 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@11 #x0e) true)
                  #x00
                  (ite (and (= rule@11 #x10) true)
                       (bvadd migrate0.cursor@11 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@11 #x23) true)
                  #x03
                  (ite (and (= rule@11 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@11 #x2a) true)
                  #x01
                  (ite (and (= rule@11 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@11 #x09) (= |folio.mapping[F0]@11| #x00))
                 (bvadd |anon_vma.refcount[av0]@11| #x01)
                 (ite (and (= rule@11 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@11|)
                      a!25)))
      (a!32 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 a!28
                 (ite (and (= rule@11 #x1e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.used[F0]@11|)
                      a!31)))
      (a!36 (= |folio.used[F1]@12|
               (ite (and (= rule@11 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x01))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 a!57
                 (ite (and (= rule@11 #x1e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_lru[F0]@11|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@12|
               (ite (and (= rule@11 #x16) (= migrate0.dst@11 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 a!68
                 (ite (and (= rule@11 #x1e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@11|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@12|
               (ite (and (= rule@11 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 a!78
                 (ite (and (= rule@11 #x1e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x01
                           |folio.mapping[F0]@11|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@12|
               (ite (and (= rule@11 #x12) (= migrate0.dst@11 #x01))
                    |folio.mapping[F0]@11|
                    a!85)))
      (a!91 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 a!87
                 (ite (and (= rule@11 #x1e) true)
                      (ite (= |folio.refcount[F0]@11| #x01)
                           #x00
                           |folio.index[F0]@11|)
                      a!90)))
      (a!95 (= |folio.index[F1]@12|
               (ite (and (= rule@11 #x12) (= migrate0.dst@11 #x01))
                    |folio.index[F0]@11|
                    a!94)))
      (a!100 (ite (and (= rule@11 #x1e) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.data[F0]@11|)
                  (ite (and (= rule@11 #x1f) (= migrate0.dst@11 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@11 #x15) (= migrate0.dst@11 #x01))
                  |folio.data[F0]@11|
                  (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                  a!107
                  (ite (and (= rule@11 #x1e) true)
                       (ite (= |folio.refcount[F0]@11| #x01)
                            #x00
                            |folio.node[F0]@11|)
                       a!110)))
      (a!115 (= |folio.node[F1]@12|
                (ite (and (= rule@11 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@11|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@12|
                (ite (and (= rule@11 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@11| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@11 #x1a) true)
                  #x10
                  (ite (and (= rule@11 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@12 (ite (and (= rule@11 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@12 (ite (and (= rule@11 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@11 #x02) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |folio.used[F0]@11|)
                 (ite (and (= rule@11 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 (ite (and (= rule@11 #x1e) true)
                      (bvsub |folio.refcount[F0]@11| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x01))
                 (bvsub (ite (= migrate0.dst@11 #x00)
                             |folio.refcount[F0]@11|
                             |folio.refcount[F1]@11|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@11 #x02) true)
                 (ite (= |folio.refcount[F0]@11| #x01) #x00 |PG_lru[F0]@11|)
                 (ite (and (= rule@11 #x16) (= migrate0.dst@11 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@11 #x10) true)
                 (ite (and (= |pte[P0][0]@11| #x01)
                           (= |pte.folio[P0][0]@11| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@11|)
                 (ite (and (= rule@11 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@11 #x02) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x01
                      |folio.mapping[F0]@11|)
                 (ite (and (= rule@11 #x12) (= migrate0.dst@11 #x00))
                      |folio.mapping[F0]@11|
                      a!82)))
      (a!92 (ite (and (= rule@11 #x02) true)
                 (ite (= |folio.refcount[F0]@11| #x01)
                      #x00
                      |folio.index[F0]@11|)
                 (ite (and (= rule@11 #x12) (= migrate0.dst@11 #x00))
                      |folio.index[F0]@11|
                      a!91)))
      (a!101 (ite (and (= rule@11 #x15) (= migrate0.dst@11 #x00))
                  |folio.data[F0]@11|
                  (ite (and (= rule@11 #x1d) (= migrate0.dst@11 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@12|
                (ite (and (= rule@11 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@11 #x02) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.node[F0]@11|)
                  (ite (and (= rule@11 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@11|)
                       a!111)))
      (a!132 (ite (and (= rule@11 #x17) true)
                  #x0e
                  (ite (and (= rule@11 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@11 #x10) true)
                 a!37
                 (ite (and (= rule@11 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@11|
                                  |folio.refcount[F1]@11|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@11 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@11 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@11|
                                  |folio.refcount[F1]@11|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@12| (ite (and (= rule@11 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@12|
               (ite (and (= rule@11 #x02) true)
                    (ite (= |folio.refcount[F0]@11| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@11|)
                    a!73)))
      (a!102 (ite (and (= rule@11 #x02) true)
                  (ite (= |folio.refcount[F0]@11| #x01)
                       #x00
                       |folio.data[F0]@11|)
                  (ite (and (= rule@11 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@11 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@11 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@11 #x02) true)
                 (bvsub |folio.refcount[F0]@11| #x01)
                 (ite (and (= rule@11 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@11 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@11 #x00)) #x0d #x0f)
                  (ite (and (= rule@11 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@12|
               (ite (and (= rule@11 #x00) true)
                    (bvadd |folio.refcount[F0]@11| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@11 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@11 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@11 #x11) true)
                  #x0a
                  (ite (and (= rule@11 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@11 #x0e) true)
                  #x09
                  (ite (and (= rule@11 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@11 #x0c) true)
                  #x06
                  (ite (and (= rule@11 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@11 #x0a) true)
                  #x06
                  (ite (and (= rule@11 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@11 #x08) true)
                  #x04
                  (ite (and (= rule@11 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@11 #x06) true)
                  #x14
                  (ite (and (= rule@11 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@11 #x04) true)
                  #x15
                  (ite (and (= rule@11 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@11 #x02) true)
                  #x1f
                  (ite (and (= rule@11 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@11 #x00) true)
                  #x01
                  (ite (and (= rule@11 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@12| |alive[P0]@11|)
       (= |pte[P0][0]@12| a!13)
       a!15
       (= |pte.write[P0][0]@12| a!17)
       a!18
       (= |anon_vma.list[av0][0]@12| |anon_vma.list[av0][0]@11|)
       (= |anon_vma.len[av0]@12| |anon_vma.len[av0]@11|)
       (= |anon_vma.refcount[av0]@12| a!26)
       (= |folio.used[F0]@12| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@12| a!53)
       (= |folio.mapcount[F0]@12| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@12| a!83)
       a!86
       (= |folio.index[F0]@12| a!92)
       a!95
       (= |folio.data[F0]@12| a!102)
       a!106
       (= |folio.node[F0]@12| a!112)
       a!115
       (= gup0.wait_folio@12 a!116)
       (= fault0.wait_folio@12 a!117)
       (= |&mm->mmap_lock.writer[P0]@12| |&mm->mmap_lock.writer[P0]@11|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@12| |&anon_vma->rwsem.writer[av0]@11|)
       (= |&anon_vma->rwsem.readers[av0]@12| a!123)
       (= |ptlock_ptr(page)[P0]@12| |ptlock_ptr(page)[P0]@11|)
       a!126
       (= |PG_locked[F1]@12| a!127)
       (= migrate0.pc@12 a!144)
       (= migrate0.isolated@12 a!146)
       (= migrate0.dst@12 a!148)
       a!150
       (= migrate0.cursor@12 a!153)
       (= migrate0.page_was_mapped@12 a!154)
       (= migrate0.ok@12 a!156)
       a!157
       a!161
       (= gup0.page@12 a!162)
       a!166
       (= fault0.old_page@12 fault0.old_page@11)
       (= fault0.new_page@12 fault0.new_page@11)
       (bvule |alive[P0]@12| #x01)
       (bvule |pte[P0][0]@12| #x07)
       (bvule |pte.folio[P0][0]@12| #x01)
       (bvule |pte.write[P0][0]@12| #x01)
       (bvule |expected[P0][0]@12| #x02)
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
       (bvule |folio.data[F0]@12| #x02)
       (bvule |folio.data[F1]@12| #x02)
       (bvule |folio.node[F0]@12| #x01)
       (bvule |folio.node[F1]@12| #x01)
       (bvule gup0.wait_folio@12 #x02)
       (bvule fault0.wait_folio@12 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@12| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@12| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@12| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@12| #x03)
       (bvule |ptlock_ptr(page)[P0]@12| #x03)
       (bvule |PG_locked[F0]@12| #x03)
       (bvule |PG_locked[F1]@12| #x03)
       (bvule migrate0.pc@12 #x1f)
       (bvule migrate0.isolated@12 #x01)
       (bvule migrate0.dst@12 #x02)
       (bvule migrate0.anon_vma@12 #x01)
       (bvule migrate0.cursor@12 #x01)
       (bvule migrate0.page_was_mapped@12 #x01)
       (bvule migrate0.ok@12 #x01)
       (bvule migrate0.pass@12 #x00)
       (bvule gup0.pc@12 #x05)
       (bvule gup0.page@12 #x02)
       (bvule fault0.pc@12 #x0c)
       (bvule fault0.old_page@12 #x02)
       (bvule fault0.new_page@12 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@12| #x00))
                     (not (= |PG_lru[F0]@12| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@12| #x00)))
               (not (not (= |folio.used[F1]@12| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@12| #x00)
                     (not (= |folio.mapping[F0]@12| #x01))
                     (bvugt |anon_vma.refcount[av0]@12| #x00))))
      (a!4 (and (= rule@12 #x0d)
                (= migrate0.pc@12 #x06)
                (= (ite (= migrate0.dst@12 #x00)
                        |PG_locked[F0]@12|
                        |PG_locked[F1]@12|)
                   #x00)))
      (a!5 (and (= rule@12 #x11)
                (= migrate0.pc@12 #x09)
                (or (bvuge migrate0.cursor@12 |anon_vma.len[av0]@12|)
                    (not (bvugt |folio.mapcount[F0]@12| #x00)))))
      (a!6 (and (= rule@12 #x25)
                (= gup0.pc@12 #x02)
                (= (ite (= gup0.wait_folio@12 #x00)
                        |PG_locked[F0]@12|
                        |PG_locked[F1]@12|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@12| #x01)
                     (not (= |pte.write[P0][0]@12| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@12| #x00))
                     (not (= |pte[P0][0]@12| #x01)))))
      (a!9 (and (= rule@12 #x2e)
                (= fault0.pc@12 #x06)
                (= (ite (= fault0.wait_folio@12 #x00)
                        |PG_locked[F0]@12|
                        |PG_locked[F1]@12|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@12| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@12| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@12| #x00))
                 (not (= |pte[P0][0]@12| #x01))
                 (= |pte.folio[P0][0]@12| #x00)))
      (a!18 (= |expected[P0][0]@13|
               (ite (and (= rule@12 #x27) true) #x02 |expected[P0][0]@12|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@12| #x01)
                      (not (= migrate0.anon_vma@12 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@12 #x01))
                    migrate0.anon_vma@12
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@12| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@12 #x00)
                      |folio.used[F0]@12|
                      |folio.used[F1]@12|)))
      (a!29 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= gup0.page@12 #x00)
                      |folio.used[F0]@12|
                      |folio.used[F1]@12|)))
      (a!37 (bvsub |folio.refcount[F0]@12|
                   (ite (and (= |pte[P0][0]@12| #x01)
                             (= |pte.folio[P0][0]@12| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@12 #x00)) migrate0.dst@12 #x00) #x00))
      (a!39 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                 (bvsub (ite (= gup0.page@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 |folio.refcount[F0]@12|))
      (a!47 (= (ite (not (= migrate0.ok@12 #x00)) migrate0.dst@12 #x00) #x01))
      (a!48 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                 (bvsub (ite (= gup0.page@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 |folio.refcount[F1]@12|))
      (a!57 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@12 #x00) |PG_lru[F0]@12| |PG_lru[F1]@12|)))
      (a!58 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= gup0.page@12 #x00) |PG_lru[F0]@12| |PG_lru[F1]@12|)))
      (a!68 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@12 #x00)
                      |PG_anon_exclusive[F0]@12|
                      |PG_anon_exclusive[F1]@12|)))
      (a!69 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= gup0.page@12 #x00)
                      |PG_anon_exclusive[F0]@12|
                      |PG_anon_exclusive[F1]@12|)))
      (a!78 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@12 #x00)
                      |folio.mapping[F0]@12|
                      |folio.mapping[F1]@12|)))
      (a!79 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x01
                 (ite (= gup0.page@12 #x00)
                      |folio.mapping[F0]@12|
                      |folio.mapping[F1]@12|)))
      (a!87 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@12 #x00)
                      |folio.index[F0]@12|
                      |folio.index[F1]@12|)))
      (a!88 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= gup0.page@12 #x00)
                      |folio.index[F0]@12|
                      |folio.index[F1]@12|)))
      (a!96 (ite (= (ite (= migrate0.dst@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@12 #x00)
                      |folio.data[F0]@12|
                      |folio.data[F1]@12|)))
      (a!97 (ite (= (ite (= gup0.page@12 #x00)
                         |folio.refcount[F0]@12|
                         |folio.refcount[F1]@12|)
                    #x01)
                 #x00
                 (ite (= gup0.page@12 #x00)
                      |folio.data[F0]@12|
                      |folio.data[F1]@12|)))
      (a!107 (ite (= (ite (= migrate0.dst@12 #x00)
                          |folio.refcount[F0]@12|
                          |folio.refcount[F1]@12|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@12 #x00)
                       |folio.node[F0]@12|
                       |folio.node[F1]@12|)))
      (a!108 (ite (= (ite (= gup0.page@12 #x00)
                          |folio.refcount[F0]@12|
                          |folio.refcount[F1]@12|)
                     #x01)
                  #x00
                  (ite (= gup0.page@12 #x00)
                       |folio.node[F0]@12|
                       |folio.node[F1]@12|)))
      (a!116 (ite (and (= rule@12 #x24) true)
                  |pte.folio[P0][0]@12|
                  (ite (and (= rule@12 #x25) true) #x02 gup0.wait_folio@12)))
      (a!117 (ite (and (= rule@12 #x2d) true)
                  |pte.folio[P0][0]@12|
                  (ite (and (= rule@12 #x2e) true) #x02 fault0.wait_folio@12)))
      (a!118 (ite (and (= rule@12 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@12| #x01)
                  (ite (and (= rule@12 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@12| #x01)
                       |&mm->mmap_lock.readers[P0]@12|)))
      (a!122 (ite (and (= rule@12 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@12| #x01)
                  (ite (and (= rule@12 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@12| #x01)
                       |&anon_vma->rwsem.readers[av0]@12|)))
      (a!124 (ite (and (= rule@12 #x1a) (= migrate0.dst@12 #x00))
                  #x00
                  (ite (and (= rule@12 #x1c) true) #x00 |PG_locked[F0]@12|)))
      (a!127 (ite (and (= rule@12 #x0d) (= migrate0.dst@12 #x01))
                  #x01
                  (ite (and (= rule@12 #x1a) (= migrate0.dst@12 #x01))
                       #x00
                       |PG_locked[F1]@12|)))
      (a!128 (ite (and (= rule@12 #x20) true)
                  #x15
                  (ite (and (= rule@12 #x21) true) #x1f migrate0.pc@12)))
      (a!145 (ite (and (= rule@12 #x1e) true)
                  #x00
                  (ite (and (= rule@12 #x21) true) #x00 migrate0.isolated@12)))
      (a!147 (ite (and (= rule@12 #x1f) true)
                  #x02
                  (ite (and (= rule@12 #x20) true) #x02 migrate0.dst@12)))
      (a!149 (ite (and (= rule@12 #x0b) true)
                  #x01
                  (ite (and (= rule@12 #x1b) true) #x01 migrate0.anon_vma@12)))
      (a!151 (ite (and (= rule@12 #x18) true)
                  (bvadd migrate0.cursor@12 #x01)
                  (ite (and (= rule@12 #x19) true) #x00 migrate0.cursor@12)))
      (a!154 (ite (and (= rule@12 #x0e) true)
                  #x01
                  (ite (and (= rule@12 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@12)))
      (a!155 (ite (and (= rule@12 #x14) true)
                  #x00
                  (ite (and (= rule@12 #x15) true) #x01 migrate0.ok@12)))
      (a!157 (= migrate0.pass@13
                (ite (and (= rule@12 #x1f) true)
                     (bvadd migrate0.pass@12 #x01)
                     migrate0.pass@12)))
      (a!158 (ite (and (= rule@12 #x27) true)
                  #x04
                  (ite (and (= rule@12 #x28) true) #x05 gup0.pc@12)))
      (a!162 (ite (and (= rule@12 #x23) true)
                  |pte.folio[P0][0]@12|
                  (ite (and (= rule@12 #x28) true) #x02 gup0.page@12)))
      (a!163 (ite (and (= rule@12 #x2e) true)
                  #x00
                  (ite (and (= rule@12 #x2f) true) #x0c fault0.pc@12))))
(let ((a!10 (or (and (= rule@12 #x00)
                     (= migrate0.pc@12 #x00)
                     (not (= |folio.used[F0]@12| #x00))
                     (not (= |PG_lru[F0]@12| #x00)))
                (and (= rule@12 #x01) (= migrate0.pc@12 #x00) a!1)
                (and (= rule@12 #x02)
                     (= migrate0.pc@12 #x01)
                     (= |folio.refcount[F0]@12| #x01))
                (and (= rule@12 #x03)
                     (= migrate0.pc@12 #x01)
                     (not (= |folio.refcount[F0]@12| #x01))
                     a!2)
                (and (= rule@12 #x04)
                     (= migrate0.pc@12 #x01)
                     (not (= |folio.refcount[F0]@12| #x01))
                     (not a!2))
                (and (= rule@12 #x05)
                     (= migrate0.pc@12 #x02)
                     (= |PG_locked[F0]@12| #x00))
                (and (= rule@12 #x06)
                     (= migrate0.pc@12 #x02)
                     (not (= |PG_locked[F0]@12| #x00))
                     (not (bvuge migrate0.pass@12 #x03)))
                (and (= rule@12 #x07)
                     (= migrate0.pc@12 #x02)
                     (not (= |PG_locked[F0]@12| #x00))
                     (bvuge migrate0.pass@12 #x03))
                (and (= rule@12 #x08)
                     (= migrate0.pc@12 #x03)
                     (= |PG_locked[F0]@12| #x00))
                (and (= rule@12 #x09)
                     (= migrate0.pc@12 #x04)
                     (bvugt |folio.mapcount[F0]@12| #x00)
                     (not (= |folio.mapping[F0]@12| #x01))
                     (bvugt |anon_vma.refcount[av0]@12| #x00))
                (and (= rule@12 #x0a)
                     (= migrate0.pc@12 #x05)
                     (bvugt |folio.mapcount[F0]@12| #x00))
                (and (= rule@12 #x0b)
                     (= migrate0.pc@12 #x05)
                     (not (bvugt |folio.mapcount[F0]@12| #x00)))
                (and (= rule@12 #x0c) (= migrate0.pc@12 #x04) a!3)
                a!4
                (and (= rule@12 #x0e)
                     (= migrate0.pc@12 #x08)
                     (bvugt |folio.mapcount[F0]@12| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@12| #x00))
                (and (= rule@12 #x0f)
                     (= migrate0.pc@12 #x08)
                     (not (bvugt |folio.mapcount[F0]@12| #x00)))
                (and (= rule@12 #x10)
                     (= migrate0.pc@12 #x09)
                     (bvult migrate0.cursor@12 |anon_vma.len[av0]@12|)
                     (bvugt |folio.mapcount[F0]@12| #x00)
                     (= |folio.index[F0]@12| #x00)
                     (= |ptlock_ptr(page)[P0]@12| #x00))
                a!5
                (and (= rule@12 #x12)
                     (= migrate0.pc@12 #x0a)
                     (not (bvugt |folio.mapcount[F0]@12| #x00))
                     (= |folio.refcount[F0]@12| #x02))
                (and (= rule@12 #x13)
                     (= migrate0.pc@12 #x0a)
                     (not (bvugt |folio.mapcount[F0]@12| #x00))
                     (not (= |folio.refcount[F0]@12| #x02)))
                (and (= rule@12 #x14)
                     (= migrate0.pc@12 #x0a)
                     (bvugt |folio.mapcount[F0]@12| #x00))
                (and (= rule@12 #x15) (= migrate0.pc@12 #x0b))
                (and (= rule@12 #x16) (= migrate0.pc@12 #x0c))
                (and (= rule@12 #x17)
                     (= migrate0.pc@12 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@12| #x00))
                (and (= rule@12 #x18)
                     (= migrate0.pc@12 #x0e)
                     (bvult migrate0.cursor@12 |anon_vma.len[av0]@12|)
                     (= |folio.index[F0]@12| #x00)
                     (= |ptlock_ptr(page)[P0]@12| #x00))
                (and (= rule@12 #x19)
                     (= migrate0.pc@12 #x0e)
                     (bvuge migrate0.cursor@12 |anon_vma.len[av0]@12|))
                (and (= rule@12 #x1a) (= migrate0.pc@12 #x0f))
                (and (= rule@12 #x1b) (= migrate0.pc@12 #x10))
                (and (= rule@12 #x1c) (= migrate0.pc@12 #x11))
                (and (= rule@12 #x1d) (= migrate0.pc@12 #x12))
                (and (= rule@12 #x1e) (= migrate0.pc@12 #x13))
                (and (= rule@12 #x1f)
                     (= migrate0.pc@12 #x14)
                     (bvult migrate0.pass@12 #x00))
                (and (= rule@12 #x20)
                     (= migrate0.pc@12 #x14)
                     (bvuge migrate0.pass@12 #x00))
                (and (= rule@12 #x21) (= migrate0.pc@12 #x15))
                (and (= rule@12 #x22)
                     (= gup0.pc@12 #x00)
                     (not (= |alive[P0]@12| #x00))
                     (= |&mm->mmap_lock.writer[P0]@12| #x00))
                (and (= rule@12 #x23)
                     (= gup0.pc@12 #x01)
                     (= |ptlock_ptr(page)[P0]@12| #x00)
                     (= |pte[P0][0]@12| #x01)
                     (not (= |pte.write[P0][0]@12| #x00)))
                (and (= rule@12 #x24)
                     (= gup0.pc@12 #x01)
                     (= |ptlock_ptr(page)[P0]@12| #x00)
                     (not (= |pte[P0][0]@12| #x00))
                     (not (= |pte[P0][0]@12| #x01)))
                a!6
                (and (= rule@12 #x26)
                     (= gup0.pc@12 #x01)
                     (= |ptlock_ptr(page)[P0]@12| #x00)
                     a!7
                     a!8)
                (and (= rule@12 #x27) (= gup0.pc@12 #x03))
                (and (= rule@12 #x28) (= gup0.pc@12 #x04))
                (and (= rule@12 #x29)
                     (= fault0.pc@12 #x00)
                     (not (= |alive[P0]@12| #x00))
                     (= |pte[P0][0]@12| #x01))
                (and (= rule@12 #x2a)
                     (= fault0.pc@12 #x00)
                     (not (= |alive[P0]@12| #x00))
                     (not (= |pte[P0][0]@12| #x01)))
                (and (= rule@12 #x2b)
                     (= fault0.pc@12 #x01)
                     (= |&mm->mmap_lock.writer[P0]@12| #x00))
                (and (= rule@12 #x2c)
                     (= fault0.pc@12 #x02)
                     (= |ptlock_ptr(page)[P0]@12| #x00)
                     (= |pte[P0][0]@12| #x01))
                (and (= rule@12 #x2d)
                     (= fault0.pc@12 #x02)
                     (= |ptlock_ptr(page)[P0]@12| #x00)
                     (not (= |pte[P0][0]@12| #x00))
                     (not (= |pte[P0][0]@12| #x01)))
                a!9
                (and (= rule@12 #x2f)
                     (= fault0.pc@12 #x02)
                     (= |pte[P0][0]@12| #x00))))
      (a!13 (ite (and (= rule@12 #x10) (= |anon_vma.list[av0][0]@12| #x00))
                 (ite (and (= |pte[P0][0]@12| #x01)
                           (= |pte.folio[P0][0]@12| #x00))
                      a!11
                      |pte[P0][0]@12|)
                 (ite (and (= rule@12 #x18) (= |anon_vma.list[av0][0]@12| #x00))
                      (ite a!12 #x01 |pte[P0][0]@12|)
                      |pte[P0][0]@12|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@12 #x00)) migrate0.dst@12 #x00)
                 |pte.folio[P0][0]@12|))
      (a!16 (ite (and (= rule@12 #x18) (= |anon_vma.list[av0][0]@12| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@12| #x04) #x01 #x00)
                      |pte.write[P0][0]@12|)
                 |pte.write[P0][0]@12|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@12 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@12|
                   (bvadd (ite (= migrate0.anon_vma@12 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@12 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@12 #x01))
                      (= |anon_vma.refcount[av0]@12| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@12 #x21) true)
                 (ite (= |folio.refcount[F0]@12| #x01) #x00 |folio.used[F0]@12|)
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!29
                      |folio.used[F0]@12|)))
      (a!34 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 a!28
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                      a!29
                      |folio.used[F1]@12|)))
      (a!40 (ite (and (= rule@12 #x23) (= |pte.folio[P0][0]@12| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@12| #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@12 #x23) (= |pte.folio[P0][0]@12| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@12| #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@12|
                             |folio.mapcount[F1]@12|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@12| |folio.mapcount[F1]@12|)))
      (a!59 (ite (and (= rule@12 #x21) true)
                 (ite (= |folio.refcount[F0]@12| #x01) #x00 #x01)
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!58
                      |PG_lru[F0]@12|)))
      (a!64 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 a!57
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                      a!58
                      |PG_lru[F1]@12|)))
      (a!67 (ite (and (not (= |pte[P0][0]@12| #x00))
                      (not (= |pte[P0][0]@12| #x01))
                      (= |pte.folio[P0][0]@12| #x00)
                      (not (= |pte[P0][0]@12| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@12|
                      |PG_anon_exclusive[F1]@12|)))
      (a!70 (ite (and (= rule@12 #x21) true)
                 (ite (= |folio.refcount[F0]@12| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@12|)
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@12|)))
      (a!75 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 a!68
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@12|)))
      (a!80 (ite (and (= rule@12 #x21) true)
                 (ite (= |folio.refcount[F0]@12| #x01)
                      #x01
                      |folio.mapping[F0]@12|)
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!79
                      |folio.mapping[F0]@12|)))
      (a!84 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 a!78
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                      a!79
                      |folio.mapping[F1]@12|)))
      (a!89 (ite (and (= rule@12 #x21) true)
                 (ite (= |folio.refcount[F0]@12| #x01)
                      #x00
                      |folio.index[F0]@12|)
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!88
                      |folio.index[F0]@12|)))
      (a!93 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 a!87
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                      a!88
                      |folio.index[F1]@12|)))
      (a!98 (ite (and (= rule@12 #x27) (= gup0.page@12 #x00))
                 #x02
                 (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                      a!97
                      |folio.data[F0]@12|)))
      (a!103 (ite (and (= rule@12 #x27) (= gup0.page@12 #x01))
                  #x02
                  (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                       a!97
                       |folio.data[F1]@12|)))
      (a!109 (ite (and (= rule@12 #x21) true)
                  (ite (= |folio.refcount[F0]@12| #x01)
                       #x00
                       |folio.node[F0]@12|)
                  (ite (and (= rule@12 #x28) (= gup0.page@12 #x00))
                       a!108
                       |folio.node[F0]@12|)))
      (a!113 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                  a!107
                  (ite (and (= rule@12 #x28) (= gup0.page@12 #x01))
                       a!108
                       |folio.node[F1]@12|)))
      (a!119 (ite (and (= rule@12 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@12| #x01)
                  (ite (and (= rule@12 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@12| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@12 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@12| #x01)
                  (ite (and (= rule@12 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@12| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@12 #x08) true)
                  #x01
                  (ite (and (= rule@12 #x0d) (= migrate0.dst@12 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@12 #x1e) true)
                  #x1f
                  (ite (and (= rule@12 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@12 #x00) true)
                  #x01
                  (ite (and (= rule@12 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@12 #x03) true)
                  a!27
                  (ite (and (= rule@12 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@13
                (ite (and (= rule@12 #x09) true) |folio.mapping[F0]@12| a!149)))
      (a!152 (ite (and (= rule@12 #x11) true)
                  #x00
                  (ite (and (= rule@12 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@12 #x06) true)
                  #x00
                  (ite (and (= rule@12 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@12 #x25) true)
                  #x01
                  (ite (and (= rule@12 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@12 #x2c) true)
                  #x00
                  (ite (and (= rule@12 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@13|
               (ite (and (= rule@12 #x18) (= |anon_vma.list[av0][0]@12| #x00))
                    a!14
                    |pte.folio[P0][0]@12|)))
      (a!17 (ite (and (= rule@12 #x10) (= |anon_vma.list[av0][0]@12| #x00))
                 (ite (and (= |pte[P0][0]@12| #x01)
                           (= |pte.folio[P0][0]@12| #x00))
                      #x00
                      |pte.write[P0][0]@12|)
                 a!16))
      (a!25 (ite (and (= rule@12 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@12| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@12|)
                 |anon_vma.refcount[av0]@12|))
      (a!31 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 a!28
                 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 a!28
                 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 (ite (and (= rule@12 #x21) true)
                      (bvsub |folio.refcount[F0]@12| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@12 #x10) true)
                 (ite (and (= |pte[P0][0]@12| #x01)
                           (= |pte.folio[P0][0]@12| #x00))
                      (bvsub |folio.mapcount[F0]@12| #x01)
                      |folio.mapcount[F0]@12|)
                 (ite (and (= rule@12 #x18) a!38) a!54 |folio.mapcount[F0]@12|)))
      (a!56 (= |folio.mapcount[F1]@13|
               (ite (and (= rule@12 #x18) a!47) a!54 |folio.mapcount[F1]@12|)))
      (a!60 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 a!57
                 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 a!57
                 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 a!68
                 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 a!68
                 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 a!78
                 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 a!78
                 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 a!87
                 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 a!87
                 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00))
                 a!96
                 (ite (and (= rule@12 #x21) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x00
                           |folio.data[F0]@12|)
                      a!98)))
      (a!104 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01))
                  a!96
                  (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                  a!107
                  (ite (and (= rule@12 #x20) (= migrate0.dst@12 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                  a!107
                  (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@12 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@12| #x01)
                  (ite (and (= rule@12 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@12| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@13| (ite (and (= rule@12 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@12 #x1c) true)
                  (ite (not (= migrate0.ok@12 #x00)) #x12 #x14)
                  (ite (and (= rule@12 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@12 #x0e) true)
                  #x00
                  (ite (and (= rule@12 #x10) true)
                       (bvadd migrate0.cursor@12 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@12 #x23) true)
                  #x03
                  (ite (and (= rule@12 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@12 #x2a) true)
                  #x01
                  (ite (and (= rule@12 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@12 #x09) (= |folio.mapping[F0]@12| #x00))
                 (bvadd |anon_vma.refcount[av0]@12| #x01)
                 (ite (and (= rule@12 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@12|)
                      a!25)))
      (a!32 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 a!28
                 (ite (and (= rule@12 #x1e) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x00
                           |folio.used[F0]@12|)
                      a!31)))
      (a!36 (= |folio.used[F1]@13|
               (ite (and (= rule@12 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x01))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 a!57
                 (ite (and (= rule@12 #x1e) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x00
                           |PG_lru[F0]@12|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@13|
               (ite (and (= rule@12 #x16) (= migrate0.dst@12 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 a!68
                 (ite (and (= rule@12 #x1e) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@12|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@13|
               (ite (and (= rule@12 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 a!78
                 (ite (and (= rule@12 #x1e) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x01
                           |folio.mapping[F0]@12|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@13|
               (ite (and (= rule@12 #x12) (= migrate0.dst@12 #x01))
                    |folio.mapping[F0]@12|
                    a!85)))
      (a!91 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 a!87
                 (ite (and (= rule@12 #x1e) true)
                      (ite (= |folio.refcount[F0]@12| #x01)
                           #x00
                           |folio.index[F0]@12|)
                      a!90)))
      (a!95 (= |folio.index[F1]@13|
               (ite (and (= rule@12 #x12) (= migrate0.dst@12 #x01))
                    |folio.index[F0]@12|
                    a!94)))
      (a!100 (ite (and (= rule@12 #x1e) true)
                  (ite (= |folio.refcount[F0]@12| #x01)
                       #x00
                       |folio.data[F0]@12|)
                  (ite (and (= rule@12 #x1f) (= migrate0.dst@12 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@12 #x15) (= migrate0.dst@12 #x01))
                  |folio.data[F0]@12|
                  (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                  a!107
                  (ite (and (= rule@12 #x1e) true)
                       (ite (= |folio.refcount[F0]@12| #x01)
                            #x00
                            |folio.node[F0]@12|)
                       a!110)))
      (a!115 (= |folio.node[F1]@13|
                (ite (and (= rule@12 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@12|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@13|
                (ite (and (= rule@12 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@12| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@12 #x1a) true)
                  #x10
                  (ite (and (= rule@12 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@13 (ite (and (= rule@12 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@13 (ite (and (= rule@12 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@12 #x02) true)
                 (ite (= |folio.refcount[F0]@12| #x01) #x00 |folio.used[F0]@12|)
                 (ite (and (= rule@12 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 (ite (and (= rule@12 #x1e) true)
                      (bvsub |folio.refcount[F0]@12| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x01))
                 (bvsub (ite (= migrate0.dst@12 #x00)
                             |folio.refcount[F0]@12|
                             |folio.refcount[F1]@12|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@12 #x02) true)
                 (ite (= |folio.refcount[F0]@12| #x01) #x00 |PG_lru[F0]@12|)
                 (ite (and (= rule@12 #x16) (= migrate0.dst@12 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@12 #x10) true)
                 (ite (and (= |pte[P0][0]@12| #x01)
                           (= |pte.folio[P0][0]@12| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@12|)
                 (ite (and (= rule@12 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@12 #x02) true)
                 (ite (= |folio.refcount[F0]@12| #x01)
                      #x01
                      |folio.mapping[F0]@12|)
                 (ite (and (= rule@12 #x12) (= migrate0.dst@12 #x00))
                      |folio.mapping[F0]@12|
                      a!82)))
      (a!92 (ite (and (= rule@12 #x02) true)
                 (ite (= |folio.refcount[F0]@12| #x01)
                      #x00
                      |folio.index[F0]@12|)
                 (ite (and (= rule@12 #x12) (= migrate0.dst@12 #x00))
                      |folio.index[F0]@12|
                      a!91)))
      (a!101 (ite (and (= rule@12 #x15) (= migrate0.dst@12 #x00))
                  |folio.data[F0]@12|
                  (ite (and (= rule@12 #x1d) (= migrate0.dst@12 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@13|
                (ite (and (= rule@12 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@12 #x02) true)
                  (ite (= |folio.refcount[F0]@12| #x01)
                       #x00
                       |folio.node[F0]@12|)
                  (ite (and (= rule@12 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@12|)
                       a!111)))
      (a!132 (ite (and (= rule@12 #x17) true)
                  #x0e
                  (ite (and (= rule@12 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@12 #x10) true)
                 a!37
                 (ite (and (= rule@12 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@12|
                                  |folio.refcount[F1]@12|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@12 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@12 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@12|
                                  |folio.refcount[F1]@12|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@13| (ite (and (= rule@12 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@13|
               (ite (and (= rule@12 #x02) true)
                    (ite (= |folio.refcount[F0]@12| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@12|)
                    a!73)))
      (a!102 (ite (and (= rule@12 #x02) true)
                  (ite (= |folio.refcount[F0]@12| #x01)
                       #x00
                       |folio.data[F0]@12|)
                  (ite (and (= rule@12 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@12 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@12 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@12 #x02) true)
                 (bvsub |folio.refcount[F0]@12| #x01)
                 (ite (and (= rule@12 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@12 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@12 #x00)) #x0d #x0f)
                  (ite (and (= rule@12 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@13|
               (ite (and (= rule@12 #x00) true)
                    (bvadd |folio.refcount[F0]@12| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@12 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@12 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@12 #x11) true)
                  #x0a
                  (ite (and (= rule@12 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@12 #x0e) true)
                  #x09
                  (ite (and (= rule@12 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@12 #x0c) true)
                  #x06
                  (ite (and (= rule@12 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@12 #x0a) true)
                  #x06
                  (ite (and (= rule@12 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@12 #x08) true)
                  #x04
                  (ite (and (= rule@12 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@12 #x06) true)
                  #x14
                  (ite (and (= rule@12 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@12 #x04) true)
                  #x15
                  (ite (and (= rule@12 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@12 #x02) true)
                  #x1f
                  (ite (and (= rule@12 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@12 #x00) true)
                  #x01
                  (ite (and (= rule@12 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@13| |alive[P0]@12|)
       (= |pte[P0][0]@13| a!13)
       a!15
       (= |pte.write[P0][0]@13| a!17)
       a!18
       (= |anon_vma.list[av0][0]@13| |anon_vma.list[av0][0]@12|)
       (= |anon_vma.len[av0]@13| |anon_vma.len[av0]@12|)
       (= |anon_vma.refcount[av0]@13| a!26)
       (= |folio.used[F0]@13| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@13| a!53)
       (= |folio.mapcount[F0]@13| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@13| a!83)
       a!86
       (= |folio.index[F0]@13| a!92)
       a!95
       (= |folio.data[F0]@13| a!102)
       a!106
       (= |folio.node[F0]@13| a!112)
       a!115
       (= gup0.wait_folio@13 a!116)
       (= fault0.wait_folio@13 a!117)
       (= |&mm->mmap_lock.writer[P0]@13| |&mm->mmap_lock.writer[P0]@12|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@13| |&anon_vma->rwsem.writer[av0]@12|)
       (= |&anon_vma->rwsem.readers[av0]@13| a!123)
       (= |ptlock_ptr(page)[P0]@13| |ptlock_ptr(page)[P0]@12|)
       a!126
       (= |PG_locked[F1]@13| a!127)
       (= migrate0.pc@13 a!144)
       (= migrate0.isolated@13 a!146)
       (= migrate0.dst@13 a!148)
       a!150
       (= migrate0.cursor@13 a!153)
       (= migrate0.page_was_mapped@13 a!154)
       (= migrate0.ok@13 a!156)
       a!157
       a!161
       (= gup0.page@13 a!162)
       a!166
       (= fault0.old_page@13 fault0.old_page@12)
       (= fault0.new_page@13 fault0.new_page@12)
       (bvule |alive[P0]@13| #x01)
       (bvule |pte[P0][0]@13| #x07)
       (bvule |pte.folio[P0][0]@13| #x01)
       (bvule |pte.write[P0][0]@13| #x01)
       (bvule |expected[P0][0]@13| #x02)
       (bvule |anon_vma.list[av0][0]@13| #x00)
       (bvule |anon_vma.len[av0]@13| #x01)
       (bvule |anon_vma.refcount[av0]@13| #x06)
       (bvule |folio.used[F0]@13| #x01)
       (bvule |folio.used[F1]@13| #x01)
       (bvule |folio.refcount[F0]@13| #x06)
       (bvule |folio.refcount[F1]@13| #x06)
       (bvule |folio.mapcount[F0]@13| #x02)
       (bvule |folio.mapcount[F1]@13| #x02)
       (bvule |PG_lru[F0]@13| #x01)
       (bvule |PG_lru[F1]@13| #x01)
       (bvule |PG_anon_exclusive[F0]@13| #x01)
       (bvule |PG_anon_exclusive[F1]@13| #x01)
       (bvule |folio.mapping[F0]@13| #x01)
       (bvule |folio.mapping[F1]@13| #x01)
       (bvule |folio.index[F0]@13| #x00)
       (bvule |folio.index[F1]@13| #x00)
       (bvule |folio.data[F0]@13| #x02)
       (bvule |folio.data[F1]@13| #x02)
       (bvule |folio.node[F0]@13| #x01)
       (bvule |folio.node[F1]@13| #x01)
       (bvule gup0.wait_folio@13 #x02)
       (bvule fault0.wait_folio@13 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@13| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@13| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@13| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@13| #x03)
       (bvule |ptlock_ptr(page)[P0]@13| #x03)
       (bvule |PG_locked[F0]@13| #x03)
       (bvule |PG_locked[F1]@13| #x03)
       (bvule migrate0.pc@13 #x1f)
       (bvule migrate0.isolated@13 #x01)
       (bvule migrate0.dst@13 #x02)
       (bvule migrate0.anon_vma@13 #x01)
       (bvule migrate0.cursor@13 #x01)
       (bvule migrate0.page_was_mapped@13 #x01)
       (bvule migrate0.ok@13 #x01)
       (bvule migrate0.pass@13 #x00)
       (bvule gup0.pc@13 #x05)
       (bvule gup0.page@13 #x02)
       (bvule fault0.pc@13 #x0c)
       (bvule fault0.old_page@13 #x02)
       (bvule fault0.new_page@13 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@13| #x00))
                     (not (= |PG_lru[F0]@13| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@13| #x00)))
               (not (not (= |folio.used[F1]@13| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@13| #x00)
                     (not (= |folio.mapping[F0]@13| #x01))
                     (bvugt |anon_vma.refcount[av0]@13| #x00))))
      (a!4 (and (= rule@13 #x0d)
                (= migrate0.pc@13 #x06)
                (= (ite (= migrate0.dst@13 #x00)
                        |PG_locked[F0]@13|
                        |PG_locked[F1]@13|)
                   #x00)))
      (a!5 (and (= rule@13 #x11)
                (= migrate0.pc@13 #x09)
                (or (bvuge migrate0.cursor@13 |anon_vma.len[av0]@13|)
                    (not (bvugt |folio.mapcount[F0]@13| #x00)))))
      (a!6 (and (= rule@13 #x25)
                (= gup0.pc@13 #x02)
                (= (ite (= gup0.wait_folio@13 #x00)
                        |PG_locked[F0]@13|
                        |PG_locked[F1]@13|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@13| #x01)
                     (not (= |pte.write[P0][0]@13| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@13| #x00))
                     (not (= |pte[P0][0]@13| #x01)))))
      (a!9 (and (= rule@13 #x2e)
                (= fault0.pc@13 #x06)
                (= (ite (= fault0.wait_folio@13 #x00)
                        |PG_locked[F0]@13|
                        |PG_locked[F1]@13|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@13| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@13| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@13| #x00))
                 (not (= |pte[P0][0]@13| #x01))
                 (= |pte.folio[P0][0]@13| #x00)))
      (a!18 (= |expected[P0][0]@14|
               (ite (and (= rule@13 #x27) true) #x02 |expected[P0][0]@13|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@13| #x01)
                      (not (= migrate0.anon_vma@13 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@13 #x01))
                    migrate0.anon_vma@13
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@13| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@13 #x00)
                      |folio.used[F0]@13|
                      |folio.used[F1]@13|)))
      (a!29 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= gup0.page@13 #x00)
                      |folio.used[F0]@13|
                      |folio.used[F1]@13|)))
      (a!37 (bvsub |folio.refcount[F0]@13|
                   (ite (and (= |pte[P0][0]@13| #x01)
                             (= |pte.folio[P0][0]@13| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@13 #x00)) migrate0.dst@13 #x00) #x00))
      (a!39 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                 (bvsub (ite (= gup0.page@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 |folio.refcount[F0]@13|))
      (a!47 (= (ite (not (= migrate0.ok@13 #x00)) migrate0.dst@13 #x00) #x01))
      (a!48 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                 (bvsub (ite (= gup0.page@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 |folio.refcount[F1]@13|))
      (a!57 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@13 #x00) |PG_lru[F0]@13| |PG_lru[F1]@13|)))
      (a!58 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= gup0.page@13 #x00) |PG_lru[F0]@13| |PG_lru[F1]@13|)))
      (a!68 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@13 #x00)
                      |PG_anon_exclusive[F0]@13|
                      |PG_anon_exclusive[F1]@13|)))
      (a!69 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= gup0.page@13 #x00)
                      |PG_anon_exclusive[F0]@13|
                      |PG_anon_exclusive[F1]@13|)))
      (a!78 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@13 #x00)
                      |folio.mapping[F0]@13|
                      |folio.mapping[F1]@13|)))
      (a!79 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x01
                 (ite (= gup0.page@13 #x00)
                      |folio.mapping[F0]@13|
                      |folio.mapping[F1]@13|)))
      (a!87 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@13 #x00)
                      |folio.index[F0]@13|
                      |folio.index[F1]@13|)))
      (a!88 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= gup0.page@13 #x00)
                      |folio.index[F0]@13|
                      |folio.index[F1]@13|)))
      (a!96 (ite (= (ite (= migrate0.dst@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@13 #x00)
                      |folio.data[F0]@13|
                      |folio.data[F1]@13|)))
      (a!97 (ite (= (ite (= gup0.page@13 #x00)
                         |folio.refcount[F0]@13|
                         |folio.refcount[F1]@13|)
                    #x01)
                 #x00
                 (ite (= gup0.page@13 #x00)
                      |folio.data[F0]@13|
                      |folio.data[F1]@13|)))
      (a!107 (ite (= (ite (= migrate0.dst@13 #x00)
                          |folio.refcount[F0]@13|
                          |folio.refcount[F1]@13|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@13 #x00)
                       |folio.node[F0]@13|
                       |folio.node[F1]@13|)))
      (a!108 (ite (= (ite (= gup0.page@13 #x00)
                          |folio.refcount[F0]@13|
                          |folio.refcount[F1]@13|)
                     #x01)
                  #x00
                  (ite (= gup0.page@13 #x00)
                       |folio.node[F0]@13|
                       |folio.node[F1]@13|)))
      (a!116 (ite (and (= rule@13 #x24) true)
                  |pte.folio[P0][0]@13|
                  (ite (and (= rule@13 #x25) true) #x02 gup0.wait_folio@13)))
      (a!117 (ite (and (= rule@13 #x2d) true)
                  |pte.folio[P0][0]@13|
                  (ite (and (= rule@13 #x2e) true) #x02 fault0.wait_folio@13)))
      (a!118 (ite (and (= rule@13 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@13| #x01)
                  (ite (and (= rule@13 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@13| #x01)
                       |&mm->mmap_lock.readers[P0]@13|)))
      (a!122 (ite (and (= rule@13 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@13| #x01)
                  (ite (and (= rule@13 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@13| #x01)
                       |&anon_vma->rwsem.readers[av0]@13|)))
      (a!124 (ite (and (= rule@13 #x1a) (= migrate0.dst@13 #x00))
                  #x00
                  (ite (and (= rule@13 #x1c) true) #x00 |PG_locked[F0]@13|)))
      (a!127 (ite (and (= rule@13 #x0d) (= migrate0.dst@13 #x01))
                  #x01
                  (ite (and (= rule@13 #x1a) (= migrate0.dst@13 #x01))
                       #x00
                       |PG_locked[F1]@13|)))
      (a!128 (ite (and (= rule@13 #x20) true)
                  #x15
                  (ite (and (= rule@13 #x21) true) #x1f migrate0.pc@13)))
      (a!145 (ite (and (= rule@13 #x1e) true)
                  #x00
                  (ite (and (= rule@13 #x21) true) #x00 migrate0.isolated@13)))
      (a!147 (ite (and (= rule@13 #x1f) true)
                  #x02
                  (ite (and (= rule@13 #x20) true) #x02 migrate0.dst@13)))
      (a!149 (ite (and (= rule@13 #x0b) true)
                  #x01
                  (ite (and (= rule@13 #x1b) true) #x01 migrate0.anon_vma@13)))
      (a!151 (ite (and (= rule@13 #x18) true)
                  (bvadd migrate0.cursor@13 #x01)
                  (ite (and (= rule@13 #x19) true) #x00 migrate0.cursor@13)))
      (a!154 (ite (and (= rule@13 #x0e) true)
                  #x01
                  (ite (and (= rule@13 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@13)))
      (a!155 (ite (and (= rule@13 #x14) true)
                  #x00
                  (ite (and (= rule@13 #x15) true) #x01 migrate0.ok@13)))
      (a!157 (= migrate0.pass@14
                (ite (and (= rule@13 #x1f) true)
                     (bvadd migrate0.pass@13 #x01)
                     migrate0.pass@13)))
      (a!158 (ite (and (= rule@13 #x27) true)
                  #x04
                  (ite (and (= rule@13 #x28) true) #x05 gup0.pc@13)))
      (a!162 (ite (and (= rule@13 #x23) true)
                  |pte.folio[P0][0]@13|
                  (ite (and (= rule@13 #x28) true) #x02 gup0.page@13)))
      (a!163 (ite (and (= rule@13 #x2e) true)
                  #x00
                  (ite (and (= rule@13 #x2f) true) #x0c fault0.pc@13))))
(let ((a!10 (or (and (= rule@13 #x00)
                     (= migrate0.pc@13 #x00)
                     (not (= |folio.used[F0]@13| #x00))
                     (not (= |PG_lru[F0]@13| #x00)))
                (and (= rule@13 #x01) (= migrate0.pc@13 #x00) a!1)
                (and (= rule@13 #x02)
                     (= migrate0.pc@13 #x01)
                     (= |folio.refcount[F0]@13| #x01))
                (and (= rule@13 #x03)
                     (= migrate0.pc@13 #x01)
                     (not (= |folio.refcount[F0]@13| #x01))
                     a!2)
                (and (= rule@13 #x04)
                     (= migrate0.pc@13 #x01)
                     (not (= |folio.refcount[F0]@13| #x01))
                     (not a!2))
                (and (= rule@13 #x05)
                     (= migrate0.pc@13 #x02)
                     (= |PG_locked[F0]@13| #x00))
                (and (= rule@13 #x06)
                     (= migrate0.pc@13 #x02)
                     (not (= |PG_locked[F0]@13| #x00))
                     (not (bvuge migrate0.pass@13 #x03)))
                (and (= rule@13 #x07)
                     (= migrate0.pc@13 #x02)
                     (not (= |PG_locked[F0]@13| #x00))
                     (bvuge migrate0.pass@13 #x03))
                (and (= rule@13 #x08)
                     (= migrate0.pc@13 #x03)
                     (= |PG_locked[F0]@13| #x00))
                (and (= rule@13 #x09)
                     (= migrate0.pc@13 #x04)
                     (bvugt |folio.mapcount[F0]@13| #x00)
                     (not (= |folio.mapping[F0]@13| #x01))
                     (bvugt |anon_vma.refcount[av0]@13| #x00))
                (and (= rule@13 #x0a)
                     (= migrate0.pc@13 #x05)
                     (bvugt |folio.mapcount[F0]@13| #x00))
                (and (= rule@13 #x0b)
                     (= migrate0.pc@13 #x05)
                     (not (bvugt |folio.mapcount[F0]@13| #x00)))
                (and (= rule@13 #x0c) (= migrate0.pc@13 #x04) a!3)
                a!4
                (and (= rule@13 #x0e)
                     (= migrate0.pc@13 #x08)
                     (bvugt |folio.mapcount[F0]@13| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@13| #x00))
                (and (= rule@13 #x0f)
                     (= migrate0.pc@13 #x08)
                     (not (bvugt |folio.mapcount[F0]@13| #x00)))
                (and (= rule@13 #x10)
                     (= migrate0.pc@13 #x09)
                     (bvult migrate0.cursor@13 |anon_vma.len[av0]@13|)
                     (bvugt |folio.mapcount[F0]@13| #x00)
                     (= |folio.index[F0]@13| #x00)
                     (= |ptlock_ptr(page)[P0]@13| #x00))
                a!5
                (and (= rule@13 #x12)
                     (= migrate0.pc@13 #x0a)
                     (not (bvugt |folio.mapcount[F0]@13| #x00))
                     (= |folio.refcount[F0]@13| #x02))
                (and (= rule@13 #x13)
                     (= migrate0.pc@13 #x0a)
                     (not (bvugt |folio.mapcount[F0]@13| #x00))
                     (not (= |folio.refcount[F0]@13| #x02)))
                (and (= rule@13 #x14)
                     (= migrate0.pc@13 #x0a)
                     (bvugt |folio.mapcount[F0]@13| #x00))
                (and (= rule@13 #x15) (= migrate0.pc@13 #x0b))
                (and (= rule@13 #x16) (= migrate0.pc@13 #x0c))
                (and (= rule@13 #x17)
                     (= migrate0.pc@13 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@13| #x00))
                (and (= rule@13 #x18)
                     (= migrate0.pc@13 #x0e)
                     (bvult migrate0.cursor@13 |anon_vma.len[av0]@13|)
                     (= |folio.index[F0]@13| #x00)
                     (= |ptlock_ptr(page)[P0]@13| #x00))
                (and (= rule@13 #x19)
                     (= migrate0.pc@13 #x0e)
                     (bvuge migrate0.cursor@13 |anon_vma.len[av0]@13|))
                (and (= rule@13 #x1a) (= migrate0.pc@13 #x0f))
                (and (= rule@13 #x1b) (= migrate0.pc@13 #x10))
                (and (= rule@13 #x1c) (= migrate0.pc@13 #x11))
                (and (= rule@13 #x1d) (= migrate0.pc@13 #x12))
                (and (= rule@13 #x1e) (= migrate0.pc@13 #x13))
                (and (= rule@13 #x1f)
                     (= migrate0.pc@13 #x14)
                     (bvult migrate0.pass@13 #x00))
                (and (= rule@13 #x20)
                     (= migrate0.pc@13 #x14)
                     (bvuge migrate0.pass@13 #x00))
                (and (= rule@13 #x21) (= migrate0.pc@13 #x15))
                (and (= rule@13 #x22)
                     (= gup0.pc@13 #x00)
                     (not (= |alive[P0]@13| #x00))
                     (= |&mm->mmap_lock.writer[P0]@13| #x00))
                (and (= rule@13 #x23)
                     (= gup0.pc@13 #x01)
                     (= |ptlock_ptr(page)[P0]@13| #x00)
                     (= |pte[P0][0]@13| #x01)
                     (not (= |pte.write[P0][0]@13| #x00)))
                (and (= rule@13 #x24)
                     (= gup0.pc@13 #x01)
                     (= |ptlock_ptr(page)[P0]@13| #x00)
                     (not (= |pte[P0][0]@13| #x00))
                     (not (= |pte[P0][0]@13| #x01)))
                a!6
                (and (= rule@13 #x26)
                     (= gup0.pc@13 #x01)
                     (= |ptlock_ptr(page)[P0]@13| #x00)
                     a!7
                     a!8)
                (and (= rule@13 #x27) (= gup0.pc@13 #x03))
                (and (= rule@13 #x28) (= gup0.pc@13 #x04))
                (and (= rule@13 #x29)
                     (= fault0.pc@13 #x00)
                     (not (= |alive[P0]@13| #x00))
                     (= |pte[P0][0]@13| #x01))
                (and (= rule@13 #x2a)
                     (= fault0.pc@13 #x00)
                     (not (= |alive[P0]@13| #x00))
                     (not (= |pte[P0][0]@13| #x01)))
                (and (= rule@13 #x2b)
                     (= fault0.pc@13 #x01)
                     (= |&mm->mmap_lock.writer[P0]@13| #x00))
                (and (= rule@13 #x2c)
                     (= fault0.pc@13 #x02)
                     (= |ptlock_ptr(page)[P0]@13| #x00)
                     (= |pte[P0][0]@13| #x01))
                (and (= rule@13 #x2d)
                     (= fault0.pc@13 #x02)
                     (= |ptlock_ptr(page)[P0]@13| #x00)
                     (not (= |pte[P0][0]@13| #x00))
                     (not (= |pte[P0][0]@13| #x01)))
                a!9
                (and (= rule@13 #x2f)
                     (= fault0.pc@13 #x02)
                     (= |pte[P0][0]@13| #x00))))
      (a!13 (ite (and (= rule@13 #x10) (= |anon_vma.list[av0][0]@13| #x00))
                 (ite (and (= |pte[P0][0]@13| #x01)
                           (= |pte.folio[P0][0]@13| #x00))
                      a!11
                      |pte[P0][0]@13|)
                 (ite (and (= rule@13 #x18) (= |anon_vma.list[av0][0]@13| #x00))
                      (ite a!12 #x01 |pte[P0][0]@13|)
                      |pte[P0][0]@13|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@13 #x00)) migrate0.dst@13 #x00)
                 |pte.folio[P0][0]@13|))
      (a!16 (ite (and (= rule@13 #x18) (= |anon_vma.list[av0][0]@13| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@13| #x04) #x01 #x00)
                      |pte.write[P0][0]@13|)
                 |pte.write[P0][0]@13|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@13 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@13|
                   (bvadd (ite (= migrate0.anon_vma@13 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@13 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@13 #x01))
                      (= |anon_vma.refcount[av0]@13| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@13 #x21) true)
                 (ite (= |folio.refcount[F0]@13| #x01) #x00 |folio.used[F0]@13|)
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!29
                      |folio.used[F0]@13|)))
      (a!34 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 a!28
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                      a!29
                      |folio.used[F1]@13|)))
      (a!40 (ite (and (= rule@13 #x23) (= |pte.folio[P0][0]@13| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@13| #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@13 #x23) (= |pte.folio[P0][0]@13| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@13| #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@13|
                             |folio.mapcount[F1]@13|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@13| |folio.mapcount[F1]@13|)))
      (a!59 (ite (and (= rule@13 #x21) true)
                 (ite (= |folio.refcount[F0]@13| #x01) #x00 #x01)
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!58
                      |PG_lru[F0]@13|)))
      (a!64 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 a!57
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                      a!58
                      |PG_lru[F1]@13|)))
      (a!67 (ite (and (not (= |pte[P0][0]@13| #x00))
                      (not (= |pte[P0][0]@13| #x01))
                      (= |pte.folio[P0][0]@13| #x00)
                      (not (= |pte[P0][0]@13| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@13|
                      |PG_anon_exclusive[F1]@13|)))
      (a!70 (ite (and (= rule@13 #x21) true)
                 (ite (= |folio.refcount[F0]@13| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@13|)
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@13|)))
      (a!75 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 a!68
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@13|)))
      (a!80 (ite (and (= rule@13 #x21) true)
                 (ite (= |folio.refcount[F0]@13| #x01)
                      #x01
                      |folio.mapping[F0]@13|)
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!79
                      |folio.mapping[F0]@13|)))
      (a!84 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 a!78
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                      a!79
                      |folio.mapping[F1]@13|)))
      (a!89 (ite (and (= rule@13 #x21) true)
                 (ite (= |folio.refcount[F0]@13| #x01)
                      #x00
                      |folio.index[F0]@13|)
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!88
                      |folio.index[F0]@13|)))
      (a!93 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 a!87
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                      a!88
                      |folio.index[F1]@13|)))
      (a!98 (ite (and (= rule@13 #x27) (= gup0.page@13 #x00))
                 #x02
                 (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                      a!97
                      |folio.data[F0]@13|)))
      (a!103 (ite (and (= rule@13 #x27) (= gup0.page@13 #x01))
                  #x02
                  (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                       a!97
                       |folio.data[F1]@13|)))
      (a!109 (ite (and (= rule@13 #x21) true)
                  (ite (= |folio.refcount[F0]@13| #x01)
                       #x00
                       |folio.node[F0]@13|)
                  (ite (and (= rule@13 #x28) (= gup0.page@13 #x00))
                       a!108
                       |folio.node[F0]@13|)))
      (a!113 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                  a!107
                  (ite (and (= rule@13 #x28) (= gup0.page@13 #x01))
                       a!108
                       |folio.node[F1]@13|)))
      (a!119 (ite (and (= rule@13 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@13| #x01)
                  (ite (and (= rule@13 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@13| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@13 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@13| #x01)
                  (ite (and (= rule@13 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@13| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@13 #x08) true)
                  #x01
                  (ite (and (= rule@13 #x0d) (= migrate0.dst@13 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@13 #x1e) true)
                  #x1f
                  (ite (and (= rule@13 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@13 #x00) true)
                  #x01
                  (ite (and (= rule@13 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@13 #x03) true)
                  a!27
                  (ite (and (= rule@13 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@14
                (ite (and (= rule@13 #x09) true) |folio.mapping[F0]@13| a!149)))
      (a!152 (ite (and (= rule@13 #x11) true)
                  #x00
                  (ite (and (= rule@13 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@13 #x06) true)
                  #x00
                  (ite (and (= rule@13 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@13 #x25) true)
                  #x01
                  (ite (and (= rule@13 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@13 #x2c) true)
                  #x00
                  (ite (and (= rule@13 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@14|
               (ite (and (= rule@13 #x18) (= |anon_vma.list[av0][0]@13| #x00))
                    a!14
                    |pte.folio[P0][0]@13|)))
      (a!17 (ite (and (= rule@13 #x10) (= |anon_vma.list[av0][0]@13| #x00))
                 (ite (and (= |pte[P0][0]@13| #x01)
                           (= |pte.folio[P0][0]@13| #x00))
                      #x00
                      |pte.write[P0][0]@13|)
                 a!16))
      (a!25 (ite (and (= rule@13 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@13| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@13|)
                 |anon_vma.refcount[av0]@13|))
      (a!31 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 a!28
                 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 a!28
                 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 (ite (and (= rule@13 #x21) true)
                      (bvsub |folio.refcount[F0]@13| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@13 #x10) true)
                 (ite (and (= |pte[P0][0]@13| #x01)
                           (= |pte.folio[P0][0]@13| #x00))
                      (bvsub |folio.mapcount[F0]@13| #x01)
                      |folio.mapcount[F0]@13|)
                 (ite (and (= rule@13 #x18) a!38) a!54 |folio.mapcount[F0]@13|)))
      (a!56 (= |folio.mapcount[F1]@14|
               (ite (and (= rule@13 #x18) a!47) a!54 |folio.mapcount[F1]@13|)))
      (a!60 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 a!57
                 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 a!57
                 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 a!68
                 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 a!68
                 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 a!78
                 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 a!78
                 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 a!87
                 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 a!87
                 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00))
                 a!96
                 (ite (and (= rule@13 #x21) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x00
                           |folio.data[F0]@13|)
                      a!98)))
      (a!104 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01))
                  a!96
                  (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                  a!107
                  (ite (and (= rule@13 #x20) (= migrate0.dst@13 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                  a!107
                  (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@13 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@13| #x01)
                  (ite (and (= rule@13 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@13| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@14| (ite (and (= rule@13 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@13 #x1c) true)
                  (ite (not (= migrate0.ok@13 #x00)) #x12 #x14)
                  (ite (and (= rule@13 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@13 #x0e) true)
                  #x00
                  (ite (and (= rule@13 #x10) true)
                       (bvadd migrate0.cursor@13 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@13 #x23) true)
                  #x03
                  (ite (and (= rule@13 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@13 #x2a) true)
                  #x01
                  (ite (and (= rule@13 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@13 #x09) (= |folio.mapping[F0]@13| #x00))
                 (bvadd |anon_vma.refcount[av0]@13| #x01)
                 (ite (and (= rule@13 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@13|)
                      a!25)))
      (a!32 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 a!28
                 (ite (and (= rule@13 #x1e) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x00
                           |folio.used[F0]@13|)
                      a!31)))
      (a!36 (= |folio.used[F1]@14|
               (ite (and (= rule@13 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x01))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 a!57
                 (ite (and (= rule@13 #x1e) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x00
                           |PG_lru[F0]@13|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@14|
               (ite (and (= rule@13 #x16) (= migrate0.dst@13 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 a!68
                 (ite (and (= rule@13 #x1e) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@13|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@14|
               (ite (and (= rule@13 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 a!78
                 (ite (and (= rule@13 #x1e) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x01
                           |folio.mapping[F0]@13|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@14|
               (ite (and (= rule@13 #x12) (= migrate0.dst@13 #x01))
                    |folio.mapping[F0]@13|
                    a!85)))
      (a!91 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 a!87
                 (ite (and (= rule@13 #x1e) true)
                      (ite (= |folio.refcount[F0]@13| #x01)
                           #x00
                           |folio.index[F0]@13|)
                      a!90)))
      (a!95 (= |folio.index[F1]@14|
               (ite (and (= rule@13 #x12) (= migrate0.dst@13 #x01))
                    |folio.index[F0]@13|
                    a!94)))
      (a!100 (ite (and (= rule@13 #x1e) true)
                  (ite (= |folio.refcount[F0]@13| #x01)
                       #x00
                       |folio.data[F0]@13|)
                  (ite (and (= rule@13 #x1f) (= migrate0.dst@13 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@13 #x15) (= migrate0.dst@13 #x01))
                  |folio.data[F0]@13|
                  (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                  a!107
                  (ite (and (= rule@13 #x1e) true)
                       (ite (= |folio.refcount[F0]@13| #x01)
                            #x00
                            |folio.node[F0]@13|)
                       a!110)))
      (a!115 (= |folio.node[F1]@14|
                (ite (and (= rule@13 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@13|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@14|
                (ite (and (= rule@13 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@13| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@13 #x1a) true)
                  #x10
                  (ite (and (= rule@13 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@14 (ite (and (= rule@13 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@14 (ite (and (= rule@13 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@13 #x02) true)
                 (ite (= |folio.refcount[F0]@13| #x01) #x00 |folio.used[F0]@13|)
                 (ite (and (= rule@13 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 (ite (and (= rule@13 #x1e) true)
                      (bvsub |folio.refcount[F0]@13| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x01))
                 (bvsub (ite (= migrate0.dst@13 #x00)
                             |folio.refcount[F0]@13|
                             |folio.refcount[F1]@13|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@13 #x02) true)
                 (ite (= |folio.refcount[F0]@13| #x01) #x00 |PG_lru[F0]@13|)
                 (ite (and (= rule@13 #x16) (= migrate0.dst@13 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@13 #x10) true)
                 (ite (and (= |pte[P0][0]@13| #x01)
                           (= |pte.folio[P0][0]@13| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@13|)
                 (ite (and (= rule@13 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@13 #x02) true)
                 (ite (= |folio.refcount[F0]@13| #x01)
                      #x01
                      |folio.mapping[F0]@13|)
                 (ite (and (= rule@13 #x12) (= migrate0.dst@13 #x00))
                      |folio.mapping[F0]@13|
                      a!82)))
      (a!92 (ite (and (= rule@13 #x02) true)
                 (ite (= |folio.refcount[F0]@13| #x01)
                      #x00
                      |folio.index[F0]@13|)
                 (ite (and (= rule@13 #x12) (= migrate0.dst@13 #x00))
                      |folio.index[F0]@13|
                      a!91)))
      (a!101 (ite (and (= rule@13 #x15) (= migrate0.dst@13 #x00))
                  |folio.data[F0]@13|
                  (ite (and (= rule@13 #x1d) (= migrate0.dst@13 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@14|
                (ite (and (= rule@13 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@13 #x02) true)
                  (ite (= |folio.refcount[F0]@13| #x01)
                       #x00
                       |folio.node[F0]@13|)
                  (ite (and (= rule@13 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@13|)
                       a!111)))
      (a!132 (ite (and (= rule@13 #x17) true)
                  #x0e
                  (ite (and (= rule@13 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@13 #x10) true)
                 a!37
                 (ite (and (= rule@13 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@13|
                                  |folio.refcount[F1]@13|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@13 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@13 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@13|
                                  |folio.refcount[F1]@13|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@14| (ite (and (= rule@13 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@14|
               (ite (and (= rule@13 #x02) true)
                    (ite (= |folio.refcount[F0]@13| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@13|)
                    a!73)))
      (a!102 (ite (and (= rule@13 #x02) true)
                  (ite (= |folio.refcount[F0]@13| #x01)
                       #x00
                       |folio.data[F0]@13|)
                  (ite (and (= rule@13 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@13 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@13 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@13 #x02) true)
                 (bvsub |folio.refcount[F0]@13| #x01)
                 (ite (and (= rule@13 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@13 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@13 #x00)) #x0d #x0f)
                  (ite (and (= rule@13 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@14|
               (ite (and (= rule@13 #x00) true)
                    (bvadd |folio.refcount[F0]@13| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@13 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@13 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@13 #x11) true)
                  #x0a
                  (ite (and (= rule@13 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@13 #x0e) true)
                  #x09
                  (ite (and (= rule@13 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@13 #x0c) true)
                  #x06
                  (ite (and (= rule@13 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@13 #x0a) true)
                  #x06
                  (ite (and (= rule@13 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@13 #x08) true)
                  #x04
                  (ite (and (= rule@13 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@13 #x06) true)
                  #x14
                  (ite (and (= rule@13 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@13 #x04) true)
                  #x15
                  (ite (and (= rule@13 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@13 #x02) true)
                  #x1f
                  (ite (and (= rule@13 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@13 #x00) true)
                  #x01
                  (ite (and (= rule@13 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@14| |alive[P0]@13|)
       (= |pte[P0][0]@14| a!13)
       a!15
       (= |pte.write[P0][0]@14| a!17)
       a!18
       (= |anon_vma.list[av0][0]@14| |anon_vma.list[av0][0]@13|)
       (= |anon_vma.len[av0]@14| |anon_vma.len[av0]@13|)
       (= |anon_vma.refcount[av0]@14| a!26)
       (= |folio.used[F0]@14| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@14| a!53)
       (= |folio.mapcount[F0]@14| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@14| a!83)
       a!86
       (= |folio.index[F0]@14| a!92)
       a!95
       (= |folio.data[F0]@14| a!102)
       a!106
       (= |folio.node[F0]@14| a!112)
       a!115
       (= gup0.wait_folio@14 a!116)
       (= fault0.wait_folio@14 a!117)
       (= |&mm->mmap_lock.writer[P0]@14| |&mm->mmap_lock.writer[P0]@13|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@14| |&anon_vma->rwsem.writer[av0]@13|)
       (= |&anon_vma->rwsem.readers[av0]@14| a!123)
       (= |ptlock_ptr(page)[P0]@14| |ptlock_ptr(page)[P0]@13|)
       a!126
       (= |PG_locked[F1]@14| a!127)
       (= migrate0.pc@14 a!144)
       (= migrate0.isolated@14 a!146)
       (= migrate0.dst@14 a!148)
       a!150
       (= migrate0.cursor@14 a!153)
       (= migrate0.page_was_mapped@14 a!154)
       (= migrate0.ok@14 a!156)
       a!157
       a!161
       (= gup0.page@14 a!162)
       a!166
       (= fault0.old_page@14 fault0.old_page@13)
       (= fault0.new_page@14 fault0.new_page@13)
       (bvule |alive[P0]@14| #x01)
       (bvule |pte[P0][0]@14| #x07)
       (bvule |pte.folio[P0][0]@14| #x01)
       (bvule |pte.write[P0][0]@14| #x01)
       (bvule |expected[P0][0]@14| #x02)
       (bvule |anon_vma.list[av0][0]@14| #x00)
       (bvule |anon_vma.len[av0]@14| #x01)
       (bvule |anon_vma.refcount[av0]@14| #x06)
       (bvule |folio.used[F0]@14| #x01)
       (bvule |folio.used[F1]@14| #x01)
       (bvule |folio.refcount[F0]@14| #x06)
       (bvule |folio.refcount[F1]@14| #x06)
       (bvule |folio.mapcount[F0]@14| #x02)
       (bvule |folio.mapcount[F1]@14| #x02)
       (bvule |PG_lru[F0]@14| #x01)
       (bvule |PG_lru[F1]@14| #x01)
       (bvule |PG_anon_exclusive[F0]@14| #x01)
       (bvule |PG_anon_exclusive[F1]@14| #x01)
       (bvule |folio.mapping[F0]@14| #x01)
       (bvule |folio.mapping[F1]@14| #x01)
       (bvule |folio.index[F0]@14| #x00)
       (bvule |folio.index[F1]@14| #x00)
       (bvule |folio.data[F0]@14| #x02)
       (bvule |folio.data[F1]@14| #x02)
       (bvule |folio.node[F0]@14| #x01)
       (bvule |folio.node[F1]@14| #x01)
       (bvule gup0.wait_folio@14 #x02)
       (bvule fault0.wait_folio@14 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@14| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@14| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@14| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@14| #x03)
       (bvule |ptlock_ptr(page)[P0]@14| #x03)
       (bvule |PG_locked[F0]@14| #x03)
       (bvule |PG_locked[F1]@14| #x03)
       (bvule migrate0.pc@14 #x1f)
       (bvule migrate0.isolated@14 #x01)
       (bvule migrate0.dst@14 #x02)
       (bvule migrate0.anon_vma@14 #x01)
       (bvule migrate0.cursor@14 #x01)
       (bvule migrate0.page_was_mapped@14 #x01)
       (bvule migrate0.ok@14 #x01)
       (bvule migrate0.pass@14 #x00)
       (bvule gup0.pc@14 #x05)
       (bvule gup0.page@14 #x02)
       (bvule fault0.pc@14 #x0c)
       (bvule fault0.old_page@14 #x02)
       (bvule fault0.new_page@14 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@14| #x00))
                     (not (= |PG_lru[F0]@14| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@14| #x00)))
               (not (not (= |folio.used[F1]@14| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@14| #x00)
                     (not (= |folio.mapping[F0]@14| #x01))
                     (bvugt |anon_vma.refcount[av0]@14| #x00))))
      (a!4 (and (= rule@14 #x0d)
                (= migrate0.pc@14 #x06)
                (= (ite (= migrate0.dst@14 #x00)
                        |PG_locked[F0]@14|
                        |PG_locked[F1]@14|)
                   #x00)))
      (a!5 (and (= rule@14 #x11)
                (= migrate0.pc@14 #x09)
                (or (bvuge migrate0.cursor@14 |anon_vma.len[av0]@14|)
                    (not (bvugt |folio.mapcount[F0]@14| #x00)))))
      (a!6 (and (= rule@14 #x25)
                (= gup0.pc@14 #x02)
                (= (ite (= gup0.wait_folio@14 #x00)
                        |PG_locked[F0]@14|
                        |PG_locked[F1]@14|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@14| #x01)
                     (not (= |pte.write[P0][0]@14| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@14| #x00))
                     (not (= |pte[P0][0]@14| #x01)))))
      (a!9 (and (= rule@14 #x2e)
                (= fault0.pc@14 #x06)
                (= (ite (= fault0.wait_folio@14 #x00)
                        |PG_locked[F0]@14|
                        |PG_locked[F1]@14|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@14| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@14| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@14| #x00))
                 (not (= |pte[P0][0]@14| #x01))
                 (= |pte.folio[P0][0]@14| #x00)))
      (a!18 (= |expected[P0][0]@15|
               (ite (and (= rule@14 #x27) true) #x02 |expected[P0][0]@14|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@14| #x01)
                      (not (= migrate0.anon_vma@14 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@14 #x01))
                    migrate0.anon_vma@14
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@14| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@14 #x00)
                      |folio.used[F0]@14|
                      |folio.used[F1]@14|)))
      (a!29 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= gup0.page@14 #x00)
                      |folio.used[F0]@14|
                      |folio.used[F1]@14|)))
      (a!37 (bvsub |folio.refcount[F0]@14|
                   (ite (and (= |pte[P0][0]@14| #x01)
                             (= |pte.folio[P0][0]@14| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@14 #x00)) migrate0.dst@14 #x00) #x00))
      (a!39 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                 (bvsub (ite (= gup0.page@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 |folio.refcount[F0]@14|))
      (a!47 (= (ite (not (= migrate0.ok@14 #x00)) migrate0.dst@14 #x00) #x01))
      (a!48 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                 (bvsub (ite (= gup0.page@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 |folio.refcount[F1]@14|))
      (a!57 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@14 #x00) |PG_lru[F0]@14| |PG_lru[F1]@14|)))
      (a!58 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= gup0.page@14 #x00) |PG_lru[F0]@14| |PG_lru[F1]@14|)))
      (a!68 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@14 #x00)
                      |PG_anon_exclusive[F0]@14|
                      |PG_anon_exclusive[F1]@14|)))
      (a!69 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= gup0.page@14 #x00)
                      |PG_anon_exclusive[F0]@14|
                      |PG_anon_exclusive[F1]@14|)))
      (a!78 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@14 #x00)
                      |folio.mapping[F0]@14|
                      |folio.mapping[F1]@14|)))
      (a!79 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x01
                 (ite (= gup0.page@14 #x00)
                      |folio.mapping[F0]@14|
                      |folio.mapping[F1]@14|)))
      (a!87 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@14 #x00)
                      |folio.index[F0]@14|
                      |folio.index[F1]@14|)))
      (a!88 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= gup0.page@14 #x00)
                      |folio.index[F0]@14|
                      |folio.index[F1]@14|)))
      (a!96 (ite (= (ite (= migrate0.dst@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@14 #x00)
                      |folio.data[F0]@14|
                      |folio.data[F1]@14|)))
      (a!97 (ite (= (ite (= gup0.page@14 #x00)
                         |folio.refcount[F0]@14|
                         |folio.refcount[F1]@14|)
                    #x01)
                 #x00
                 (ite (= gup0.page@14 #x00)
                      |folio.data[F0]@14|
                      |folio.data[F1]@14|)))
      (a!107 (ite (= (ite (= migrate0.dst@14 #x00)
                          |folio.refcount[F0]@14|
                          |folio.refcount[F1]@14|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@14 #x00)
                       |folio.node[F0]@14|
                       |folio.node[F1]@14|)))
      (a!108 (ite (= (ite (= gup0.page@14 #x00)
                          |folio.refcount[F0]@14|
                          |folio.refcount[F1]@14|)
                     #x01)
                  #x00
                  (ite (= gup0.page@14 #x00)
                       |folio.node[F0]@14|
                       |folio.node[F1]@14|)))
      (a!116 (ite (and (= rule@14 #x24) true)
                  |pte.folio[P0][0]@14|
                  (ite (and (= rule@14 #x25) true) #x02 gup0.wait_folio@14)))
      (a!117 (ite (and (= rule@14 #x2d) true)
                  |pte.folio[P0][0]@14|
                  (ite (and (= rule@14 #x2e) true) #x02 fault0.wait_folio@14)))
      (a!118 (ite (and (= rule@14 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@14| #x01)
                  (ite (and (= rule@14 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@14| #x01)
                       |&mm->mmap_lock.readers[P0]@14|)))
      (a!122 (ite (and (= rule@14 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@14| #x01)
                  (ite (and (= rule@14 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@14| #x01)
                       |&anon_vma->rwsem.readers[av0]@14|)))
      (a!124 (ite (and (= rule@14 #x1a) (= migrate0.dst@14 #x00))
                  #x00
                  (ite (and (= rule@14 #x1c) true) #x00 |PG_locked[F0]@14|)))
      (a!127 (ite (and (= rule@14 #x0d) (= migrate0.dst@14 #x01))
                  #x01
                  (ite (and (= rule@14 #x1a) (= migrate0.dst@14 #x01))
                       #x00
                       |PG_locked[F1]@14|)))
      (a!128 (ite (and (= rule@14 #x20) true)
                  #x15
                  (ite (and (= rule@14 #x21) true) #x1f migrate0.pc@14)))
      (a!145 (ite (and (= rule@14 #x1e) true)
                  #x00
                  (ite (and (= rule@14 #x21) true) #x00 migrate0.isolated@14)))
      (a!147 (ite (and (= rule@14 #x1f) true)
                  #x02
                  (ite (and (= rule@14 #x20) true) #x02 migrate0.dst@14)))
      (a!149 (ite (and (= rule@14 #x0b) true)
                  #x01
                  (ite (and (= rule@14 #x1b) true) #x01 migrate0.anon_vma@14)))
      (a!151 (ite (and (= rule@14 #x18) true)
                  (bvadd migrate0.cursor@14 #x01)
                  (ite (and (= rule@14 #x19) true) #x00 migrate0.cursor@14)))
      (a!154 (ite (and (= rule@14 #x0e) true)
                  #x01
                  (ite (and (= rule@14 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@14)))
      (a!155 (ite (and (= rule@14 #x14) true)
                  #x00
                  (ite (and (= rule@14 #x15) true) #x01 migrate0.ok@14)))
      (a!157 (= migrate0.pass@15
                (ite (and (= rule@14 #x1f) true)
                     (bvadd migrate0.pass@14 #x01)
                     migrate0.pass@14)))
      (a!158 (ite (and (= rule@14 #x27) true)
                  #x04
                  (ite (and (= rule@14 #x28) true) #x05 gup0.pc@14)))
      (a!162 (ite (and (= rule@14 #x23) true)
                  |pte.folio[P0][0]@14|
                  (ite (and (= rule@14 #x28) true) #x02 gup0.page@14)))
      (a!163 (ite (and (= rule@14 #x2e) true)
                  #x00
                  (ite (and (= rule@14 #x2f) true) #x0c fault0.pc@14))))
(let ((a!10 (or (and (= rule@14 #x00)
                     (= migrate0.pc@14 #x00)
                     (not (= |folio.used[F0]@14| #x00))
                     (not (= |PG_lru[F0]@14| #x00)))
                (and (= rule@14 #x01) (= migrate0.pc@14 #x00) a!1)
                (and (= rule@14 #x02)
                     (= migrate0.pc@14 #x01)
                     (= |folio.refcount[F0]@14| #x01))
                (and (= rule@14 #x03)
                     (= migrate0.pc@14 #x01)
                     (not (= |folio.refcount[F0]@14| #x01))
                     a!2)
                (and (= rule@14 #x04)
                     (= migrate0.pc@14 #x01)
                     (not (= |folio.refcount[F0]@14| #x01))
                     (not a!2))
                (and (= rule@14 #x05)
                     (= migrate0.pc@14 #x02)
                     (= |PG_locked[F0]@14| #x00))
                (and (= rule@14 #x06)
                     (= migrate0.pc@14 #x02)
                     (not (= |PG_locked[F0]@14| #x00))
                     (not (bvuge migrate0.pass@14 #x03)))
                (and (= rule@14 #x07)
                     (= migrate0.pc@14 #x02)
                     (not (= |PG_locked[F0]@14| #x00))
                     (bvuge migrate0.pass@14 #x03))
                (and (= rule@14 #x08)
                     (= migrate0.pc@14 #x03)
                     (= |PG_locked[F0]@14| #x00))
                (and (= rule@14 #x09)
                     (= migrate0.pc@14 #x04)
                     (bvugt |folio.mapcount[F0]@14| #x00)
                     (not (= |folio.mapping[F0]@14| #x01))
                     (bvugt |anon_vma.refcount[av0]@14| #x00))
                (and (= rule@14 #x0a)
                     (= migrate0.pc@14 #x05)
                     (bvugt |folio.mapcount[F0]@14| #x00))
                (and (= rule@14 #x0b)
                     (= migrate0.pc@14 #x05)
                     (not (bvugt |folio.mapcount[F0]@14| #x00)))
                (and (= rule@14 #x0c) (= migrate0.pc@14 #x04) a!3)
                a!4
                (and (= rule@14 #x0e)
                     (= migrate0.pc@14 #x08)
                     (bvugt |folio.mapcount[F0]@14| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@14| #x00))
                (and (= rule@14 #x0f)
                     (= migrate0.pc@14 #x08)
                     (not (bvugt |folio.mapcount[F0]@14| #x00)))
                (and (= rule@14 #x10)
                     (= migrate0.pc@14 #x09)
                     (bvult migrate0.cursor@14 |anon_vma.len[av0]@14|)
                     (bvugt |folio.mapcount[F0]@14| #x00)
                     (= |folio.index[F0]@14| #x00)
                     (= |ptlock_ptr(page)[P0]@14| #x00))
                a!5
                (and (= rule@14 #x12)
                     (= migrate0.pc@14 #x0a)
                     (not (bvugt |folio.mapcount[F0]@14| #x00))
                     (= |folio.refcount[F0]@14| #x02))
                (and (= rule@14 #x13)
                     (= migrate0.pc@14 #x0a)
                     (not (bvugt |folio.mapcount[F0]@14| #x00))
                     (not (= |folio.refcount[F0]@14| #x02)))
                (and (= rule@14 #x14)
                     (= migrate0.pc@14 #x0a)
                     (bvugt |folio.mapcount[F0]@14| #x00))
                (and (= rule@14 #x15) (= migrate0.pc@14 #x0b))
                (and (= rule@14 #x16) (= migrate0.pc@14 #x0c))
                (and (= rule@14 #x17)
                     (= migrate0.pc@14 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@14| #x00))
                (and (= rule@14 #x18)
                     (= migrate0.pc@14 #x0e)
                     (bvult migrate0.cursor@14 |anon_vma.len[av0]@14|)
                     (= |folio.index[F0]@14| #x00)
                     (= |ptlock_ptr(page)[P0]@14| #x00))
                (and (= rule@14 #x19)
                     (= migrate0.pc@14 #x0e)
                     (bvuge migrate0.cursor@14 |anon_vma.len[av0]@14|))
                (and (= rule@14 #x1a) (= migrate0.pc@14 #x0f))
                (and (= rule@14 #x1b) (= migrate0.pc@14 #x10))
                (and (= rule@14 #x1c) (= migrate0.pc@14 #x11))
                (and (= rule@14 #x1d) (= migrate0.pc@14 #x12))
                (and (= rule@14 #x1e) (= migrate0.pc@14 #x13))
                (and (= rule@14 #x1f)
                     (= migrate0.pc@14 #x14)
                     (bvult migrate0.pass@14 #x00))
                (and (= rule@14 #x20)
                     (= migrate0.pc@14 #x14)
                     (bvuge migrate0.pass@14 #x00))
                (and (= rule@14 #x21) (= migrate0.pc@14 #x15))
                (and (= rule@14 #x22)
                     (= gup0.pc@14 #x00)
                     (not (= |alive[P0]@14| #x00))
                     (= |&mm->mmap_lock.writer[P0]@14| #x00))
                (and (= rule@14 #x23)
                     (= gup0.pc@14 #x01)
                     (= |ptlock_ptr(page)[P0]@14| #x00)
                     (= |pte[P0][0]@14| #x01)
                     (not (= |pte.write[P0][0]@14| #x00)))
                (and (= rule@14 #x24)
                     (= gup0.pc@14 #x01)
                     (= |ptlock_ptr(page)[P0]@14| #x00)
                     (not (= |pte[P0][0]@14| #x00))
                     (not (= |pte[P0][0]@14| #x01)))
                a!6
                (and (= rule@14 #x26)
                     (= gup0.pc@14 #x01)
                     (= |ptlock_ptr(page)[P0]@14| #x00)
                     a!7
                     a!8)
                (and (= rule@14 #x27) (= gup0.pc@14 #x03))
                (and (= rule@14 #x28) (= gup0.pc@14 #x04))
                (and (= rule@14 #x29)
                     (= fault0.pc@14 #x00)
                     (not (= |alive[P0]@14| #x00))
                     (= |pte[P0][0]@14| #x01))
                (and (= rule@14 #x2a)
                     (= fault0.pc@14 #x00)
                     (not (= |alive[P0]@14| #x00))
                     (not (= |pte[P0][0]@14| #x01)))
                (and (= rule@14 #x2b)
                     (= fault0.pc@14 #x01)
                     (= |&mm->mmap_lock.writer[P0]@14| #x00))
                (and (= rule@14 #x2c)
                     (= fault0.pc@14 #x02)
                     (= |ptlock_ptr(page)[P0]@14| #x00)
                     (= |pte[P0][0]@14| #x01))
                (and (= rule@14 #x2d)
                     (= fault0.pc@14 #x02)
                     (= |ptlock_ptr(page)[P0]@14| #x00)
                     (not (= |pte[P0][0]@14| #x00))
                     (not (= |pte[P0][0]@14| #x01)))
                a!9
                (and (= rule@14 #x2f)
                     (= fault0.pc@14 #x02)
                     (= |pte[P0][0]@14| #x00))))
      (a!13 (ite (and (= rule@14 #x10) (= |anon_vma.list[av0][0]@14| #x00))
                 (ite (and (= |pte[P0][0]@14| #x01)
                           (= |pte.folio[P0][0]@14| #x00))
                      a!11
                      |pte[P0][0]@14|)
                 (ite (and (= rule@14 #x18) (= |anon_vma.list[av0][0]@14| #x00))
                      (ite a!12 #x01 |pte[P0][0]@14|)
                      |pte[P0][0]@14|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@14 #x00)) migrate0.dst@14 #x00)
                 |pte.folio[P0][0]@14|))
      (a!16 (ite (and (= rule@14 #x18) (= |anon_vma.list[av0][0]@14| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@14| #x04) #x01 #x00)
                      |pte.write[P0][0]@14|)
                 |pte.write[P0][0]@14|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@14 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@14|
                   (bvadd (ite (= migrate0.anon_vma@14 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@14 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@14 #x01))
                      (= |anon_vma.refcount[av0]@14| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@14 #x21) true)
                 (ite (= |folio.refcount[F0]@14| #x01) #x00 |folio.used[F0]@14|)
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!29
                      |folio.used[F0]@14|)))
      (a!34 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 a!28
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                      a!29
                      |folio.used[F1]@14|)))
      (a!40 (ite (and (= rule@14 #x23) (= |pte.folio[P0][0]@14| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@14| #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@14 #x23) (= |pte.folio[P0][0]@14| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@14| #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@14|
                             |folio.mapcount[F1]@14|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@14| |folio.mapcount[F1]@14|)))
      (a!59 (ite (and (= rule@14 #x21) true)
                 (ite (= |folio.refcount[F0]@14| #x01) #x00 #x01)
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!58
                      |PG_lru[F0]@14|)))
      (a!64 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 a!57
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                      a!58
                      |PG_lru[F1]@14|)))
      (a!67 (ite (and (not (= |pte[P0][0]@14| #x00))
                      (not (= |pte[P0][0]@14| #x01))
                      (= |pte.folio[P0][0]@14| #x00)
                      (not (= |pte[P0][0]@14| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@14|
                      |PG_anon_exclusive[F1]@14|)))
      (a!70 (ite (and (= rule@14 #x21) true)
                 (ite (= |folio.refcount[F0]@14| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@14|)
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@14|)))
      (a!75 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 a!68
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@14|)))
      (a!80 (ite (and (= rule@14 #x21) true)
                 (ite (= |folio.refcount[F0]@14| #x01)
                      #x01
                      |folio.mapping[F0]@14|)
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!79
                      |folio.mapping[F0]@14|)))
      (a!84 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 a!78
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                      a!79
                      |folio.mapping[F1]@14|)))
      (a!89 (ite (and (= rule@14 #x21) true)
                 (ite (= |folio.refcount[F0]@14| #x01)
                      #x00
                      |folio.index[F0]@14|)
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!88
                      |folio.index[F0]@14|)))
      (a!93 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 a!87
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                      a!88
                      |folio.index[F1]@14|)))
      (a!98 (ite (and (= rule@14 #x27) (= gup0.page@14 #x00))
                 #x02
                 (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                      a!97
                      |folio.data[F0]@14|)))
      (a!103 (ite (and (= rule@14 #x27) (= gup0.page@14 #x01))
                  #x02
                  (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                       a!97
                       |folio.data[F1]@14|)))
      (a!109 (ite (and (= rule@14 #x21) true)
                  (ite (= |folio.refcount[F0]@14| #x01)
                       #x00
                       |folio.node[F0]@14|)
                  (ite (and (= rule@14 #x28) (= gup0.page@14 #x00))
                       a!108
                       |folio.node[F0]@14|)))
      (a!113 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                  a!107
                  (ite (and (= rule@14 #x28) (= gup0.page@14 #x01))
                       a!108
                       |folio.node[F1]@14|)))
      (a!119 (ite (and (= rule@14 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@14| #x01)
                  (ite (and (= rule@14 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@14| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@14 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@14| #x01)
                  (ite (and (= rule@14 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@14| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@14 #x08) true)
                  #x01
                  (ite (and (= rule@14 #x0d) (= migrate0.dst@14 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@14 #x1e) true)
                  #x1f
                  (ite (and (= rule@14 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@14 #x00) true)
                  #x01
                  (ite (and (= rule@14 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@14 #x03) true)
                  a!27
                  (ite (and (= rule@14 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@15
                (ite (and (= rule@14 #x09) true) |folio.mapping[F0]@14| a!149)))
      (a!152 (ite (and (= rule@14 #x11) true)
                  #x00
                  (ite (and (= rule@14 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@14 #x06) true)
                  #x00
                  (ite (and (= rule@14 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@14 #x25) true)
                  #x01
                  (ite (and (= rule@14 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@14 #x2c) true)
                  #x00
                  (ite (and (= rule@14 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@15|
               (ite (and (= rule@14 #x18) (= |anon_vma.list[av0][0]@14| #x00))
                    a!14
                    |pte.folio[P0][0]@14|)))
      (a!17 (ite (and (= rule@14 #x10) (= |anon_vma.list[av0][0]@14| #x00))
                 (ite (and (= |pte[P0][0]@14| #x01)
                           (= |pte.folio[P0][0]@14| #x00))
                      #x00
                      |pte.write[P0][0]@14|)
                 a!16))
      (a!25 (ite (and (= rule@14 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@14| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@14|)
                 |anon_vma.refcount[av0]@14|))
      (a!31 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 a!28
                 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 a!28
                 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 (ite (and (= rule@14 #x21) true)
                      (bvsub |folio.refcount[F0]@14| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@14 #x10) true)
                 (ite (and (= |pte[P0][0]@14| #x01)
                           (= |pte.folio[P0][0]@14| #x00))
                      (bvsub |folio.mapcount[F0]@14| #x01)
                      |folio.mapcount[F0]@14|)
                 (ite (and (= rule@14 #x18) a!38) a!54 |folio.mapcount[F0]@14|)))
      (a!56 (= |folio.mapcount[F1]@15|
               (ite (and (= rule@14 #x18) a!47) a!54 |folio.mapcount[F1]@14|)))
      (a!60 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 a!57
                 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 a!57
                 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 a!68
                 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 a!68
                 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 a!78
                 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 a!78
                 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 a!87
                 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 a!87
                 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00))
                 a!96
                 (ite (and (= rule@14 #x21) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x00
                           |folio.data[F0]@14|)
                      a!98)))
      (a!104 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01))
                  a!96
                  (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                  a!107
                  (ite (and (= rule@14 #x20) (= migrate0.dst@14 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                  a!107
                  (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@14 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@14| #x01)
                  (ite (and (= rule@14 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@14| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@15| (ite (and (= rule@14 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@14 #x1c) true)
                  (ite (not (= migrate0.ok@14 #x00)) #x12 #x14)
                  (ite (and (= rule@14 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@14 #x0e) true)
                  #x00
                  (ite (and (= rule@14 #x10) true)
                       (bvadd migrate0.cursor@14 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@14 #x23) true)
                  #x03
                  (ite (and (= rule@14 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@14 #x2a) true)
                  #x01
                  (ite (and (= rule@14 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@14 #x09) (= |folio.mapping[F0]@14| #x00))
                 (bvadd |anon_vma.refcount[av0]@14| #x01)
                 (ite (and (= rule@14 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@14|)
                      a!25)))
      (a!32 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 a!28
                 (ite (and (= rule@14 #x1e) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x00
                           |folio.used[F0]@14|)
                      a!31)))
      (a!36 (= |folio.used[F1]@15|
               (ite (and (= rule@14 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x01))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 a!57
                 (ite (and (= rule@14 #x1e) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x00
                           |PG_lru[F0]@14|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@15|
               (ite (and (= rule@14 #x16) (= migrate0.dst@14 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 a!68
                 (ite (and (= rule@14 #x1e) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@14|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@15|
               (ite (and (= rule@14 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 a!78
                 (ite (and (= rule@14 #x1e) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x01
                           |folio.mapping[F0]@14|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@15|
               (ite (and (= rule@14 #x12) (= migrate0.dst@14 #x01))
                    |folio.mapping[F0]@14|
                    a!85)))
      (a!91 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 a!87
                 (ite (and (= rule@14 #x1e) true)
                      (ite (= |folio.refcount[F0]@14| #x01)
                           #x00
                           |folio.index[F0]@14|)
                      a!90)))
      (a!95 (= |folio.index[F1]@15|
               (ite (and (= rule@14 #x12) (= migrate0.dst@14 #x01))
                    |folio.index[F0]@14|
                    a!94)))
      (a!100 (ite (and (= rule@14 #x1e) true)
                  (ite (= |folio.refcount[F0]@14| #x01)
                       #x00
                       |folio.data[F0]@14|)
                  (ite (and (= rule@14 #x1f) (= migrate0.dst@14 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@14 #x15) (= migrate0.dst@14 #x01))
                  |folio.data[F0]@14|
                  (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                  a!107
                  (ite (and (= rule@14 #x1e) true)
                       (ite (= |folio.refcount[F0]@14| #x01)
                            #x00
                            |folio.node[F0]@14|)
                       a!110)))
      (a!115 (= |folio.node[F1]@15|
                (ite (and (= rule@14 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@14|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@15|
                (ite (and (= rule@14 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@14| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@14 #x1a) true)
                  #x10
                  (ite (and (= rule@14 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@15 (ite (and (= rule@14 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@15 (ite (and (= rule@14 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@14 #x02) true)
                 (ite (= |folio.refcount[F0]@14| #x01) #x00 |folio.used[F0]@14|)
                 (ite (and (= rule@14 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 (ite (and (= rule@14 #x1e) true)
                      (bvsub |folio.refcount[F0]@14| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x01))
                 (bvsub (ite (= migrate0.dst@14 #x00)
                             |folio.refcount[F0]@14|
                             |folio.refcount[F1]@14|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@14 #x02) true)
                 (ite (= |folio.refcount[F0]@14| #x01) #x00 |PG_lru[F0]@14|)
                 (ite (and (= rule@14 #x16) (= migrate0.dst@14 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@14 #x10) true)
                 (ite (and (= |pte[P0][0]@14| #x01)
                           (= |pte.folio[P0][0]@14| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@14|)
                 (ite (and (= rule@14 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@14 #x02) true)
                 (ite (= |folio.refcount[F0]@14| #x01)
                      #x01
                      |folio.mapping[F0]@14|)
                 (ite (and (= rule@14 #x12) (= migrate0.dst@14 #x00))
                      |folio.mapping[F0]@14|
                      a!82)))
      (a!92 (ite (and (= rule@14 #x02) true)
                 (ite (= |folio.refcount[F0]@14| #x01)
                      #x00
                      |folio.index[F0]@14|)
                 (ite (and (= rule@14 #x12) (= migrate0.dst@14 #x00))
                      |folio.index[F0]@14|
                      a!91)))
      (a!101 (ite (and (= rule@14 #x15) (= migrate0.dst@14 #x00))
                  |folio.data[F0]@14|
                  (ite (and (= rule@14 #x1d) (= migrate0.dst@14 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@15|
                (ite (and (= rule@14 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@14 #x02) true)
                  (ite (= |folio.refcount[F0]@14| #x01)
                       #x00
                       |folio.node[F0]@14|)
                  (ite (and (= rule@14 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@14|)
                       a!111)))
      (a!132 (ite (and (= rule@14 #x17) true)
                  #x0e
                  (ite (and (= rule@14 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@14 #x10) true)
                 a!37
                 (ite (and (= rule@14 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@14|
                                  |folio.refcount[F1]@14|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@14 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@14 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@14|
                                  |folio.refcount[F1]@14|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@15| (ite (and (= rule@14 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@15|
               (ite (and (= rule@14 #x02) true)
                    (ite (= |folio.refcount[F0]@14| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@14|)
                    a!73)))
      (a!102 (ite (and (= rule@14 #x02) true)
                  (ite (= |folio.refcount[F0]@14| #x01)
                       #x00
                       |folio.data[F0]@14|)
                  (ite (and (= rule@14 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@14 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@14 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@14 #x02) true)
                 (bvsub |folio.refcount[F0]@14| #x01)
                 (ite (and (= rule@14 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@14 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@14 #x00)) #x0d #x0f)
                  (ite (and (= rule@14 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@15|
               (ite (and (= rule@14 #x00) true)
                    (bvadd |folio.refcount[F0]@14| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@14 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@14 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@14 #x11) true)
                  #x0a
                  (ite (and (= rule@14 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@14 #x0e) true)
                  #x09
                  (ite (and (= rule@14 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@14 #x0c) true)
                  #x06
                  (ite (and (= rule@14 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@14 #x0a) true)
                  #x06
                  (ite (and (= rule@14 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@14 #x08) true)
                  #x04
                  (ite (and (= rule@14 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@14 #x06) true)
                  #x14
                  (ite (and (= rule@14 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@14 #x04) true)
                  #x15
                  (ite (and (= rule@14 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@14 #x02) true)
                  #x1f
                  (ite (and (= rule@14 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@14 #x00) true)
                  #x01
                  (ite (and (= rule@14 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@15| |alive[P0]@14|)
       (= |pte[P0][0]@15| a!13)
       a!15
       (= |pte.write[P0][0]@15| a!17)
       a!18
       (= |anon_vma.list[av0][0]@15| |anon_vma.list[av0][0]@14|)
       (= |anon_vma.len[av0]@15| |anon_vma.len[av0]@14|)
       (= |anon_vma.refcount[av0]@15| a!26)
       (= |folio.used[F0]@15| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@15| a!53)
       (= |folio.mapcount[F0]@15| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@15| a!83)
       a!86
       (= |folio.index[F0]@15| a!92)
       a!95
       (= |folio.data[F0]@15| a!102)
       a!106
       (= |folio.node[F0]@15| a!112)
       a!115
       (= gup0.wait_folio@15 a!116)
       (= fault0.wait_folio@15 a!117)
       (= |&mm->mmap_lock.writer[P0]@15| |&mm->mmap_lock.writer[P0]@14|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@15| |&anon_vma->rwsem.writer[av0]@14|)
       (= |&anon_vma->rwsem.readers[av0]@15| a!123)
       (= |ptlock_ptr(page)[P0]@15| |ptlock_ptr(page)[P0]@14|)
       a!126
       (= |PG_locked[F1]@15| a!127)
       (= migrate0.pc@15 a!144)
       (= migrate0.isolated@15 a!146)
       (= migrate0.dst@15 a!148)
       a!150
       (= migrate0.cursor@15 a!153)
       (= migrate0.page_was_mapped@15 a!154)
       (= migrate0.ok@15 a!156)
       a!157
       a!161
       (= gup0.page@15 a!162)
       a!166
       (= fault0.old_page@15 fault0.old_page@14)
       (= fault0.new_page@15 fault0.new_page@14)
       (bvule |alive[P0]@15| #x01)
       (bvule |pte[P0][0]@15| #x07)
       (bvule |pte.folio[P0][0]@15| #x01)
       (bvule |pte.write[P0][0]@15| #x01)
       (bvule |expected[P0][0]@15| #x02)
       (bvule |anon_vma.list[av0][0]@15| #x00)
       (bvule |anon_vma.len[av0]@15| #x01)
       (bvule |anon_vma.refcount[av0]@15| #x06)
       (bvule |folio.used[F0]@15| #x01)
       (bvule |folio.used[F1]@15| #x01)
       (bvule |folio.refcount[F0]@15| #x06)
       (bvule |folio.refcount[F1]@15| #x06)
       (bvule |folio.mapcount[F0]@15| #x02)
       (bvule |folio.mapcount[F1]@15| #x02)
       (bvule |PG_lru[F0]@15| #x01)
       (bvule |PG_lru[F1]@15| #x01)
       (bvule |PG_anon_exclusive[F0]@15| #x01)
       (bvule |PG_anon_exclusive[F1]@15| #x01)
       (bvule |folio.mapping[F0]@15| #x01)
       (bvule |folio.mapping[F1]@15| #x01)
       (bvule |folio.index[F0]@15| #x00)
       (bvule |folio.index[F1]@15| #x00)
       (bvule |folio.data[F0]@15| #x02)
       (bvule |folio.data[F1]@15| #x02)
       (bvule |folio.node[F0]@15| #x01)
       (bvule |folio.node[F1]@15| #x01)
       (bvule gup0.wait_folio@15 #x02)
       (bvule fault0.wait_folio@15 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@15| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@15| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@15| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@15| #x03)
       (bvule |ptlock_ptr(page)[P0]@15| #x03)
       (bvule |PG_locked[F0]@15| #x03)
       (bvule |PG_locked[F1]@15| #x03)
       (bvule migrate0.pc@15 #x1f)
       (bvule migrate0.isolated@15 #x01)
       (bvule migrate0.dst@15 #x02)
       (bvule migrate0.anon_vma@15 #x01)
       (bvule migrate0.cursor@15 #x01)
       (bvule migrate0.page_was_mapped@15 #x01)
       (bvule migrate0.ok@15 #x01)
       (bvule migrate0.pass@15 #x00)
       (bvule gup0.pc@15 #x05)
       (bvule gup0.page@15 #x02)
       (bvule fault0.pc@15 #x0c)
       (bvule fault0.old_page@15 #x02)
       (bvule fault0.new_page@15 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@15| #x00))
                     (not (= |PG_lru[F0]@15| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@15| #x00)))
               (not (not (= |folio.used[F1]@15| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@15| #x00)
                     (not (= |folio.mapping[F0]@15| #x01))
                     (bvugt |anon_vma.refcount[av0]@15| #x00))))
      (a!4 (and (= rule@15 #x0d)
                (= migrate0.pc@15 #x06)
                (= (ite (= migrate0.dst@15 #x00)
                        |PG_locked[F0]@15|
                        |PG_locked[F1]@15|)
                   #x00)))
      (a!5 (and (= rule@15 #x11)
                (= migrate0.pc@15 #x09)
                (or (bvuge migrate0.cursor@15 |anon_vma.len[av0]@15|)
                    (not (bvugt |folio.mapcount[F0]@15| #x00)))))
      (a!6 (and (= rule@15 #x25)
                (= gup0.pc@15 #x02)
                (= (ite (= gup0.wait_folio@15 #x00)
                        |PG_locked[F0]@15|
                        |PG_locked[F1]@15|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@15| #x01)
                     (not (= |pte.write[P0][0]@15| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@15| #x00))
                     (not (= |pte[P0][0]@15| #x01)))))
      (a!9 (and (= rule@15 #x2e)
                (= fault0.pc@15 #x06)
                (= (ite (= fault0.wait_folio@15 #x00)
                        |PG_locked[F0]@15|
                        |PG_locked[F1]@15|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@15| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@15| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@15| #x00))
                 (not (= |pte[P0][0]@15| #x01))
                 (= |pte.folio[P0][0]@15| #x00)))
      (a!18 (= |expected[P0][0]@16|
               (ite (and (= rule@15 #x27) true) #x02 |expected[P0][0]@15|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@15| #x01)
                      (not (= migrate0.anon_vma@15 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@15 #x01))
                    migrate0.anon_vma@15
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@15| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@15 #x00)
                      |folio.used[F0]@15|
                      |folio.used[F1]@15|)))
      (a!29 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= gup0.page@15 #x00)
                      |folio.used[F0]@15|
                      |folio.used[F1]@15|)))
      (a!37 (bvsub |folio.refcount[F0]@15|
                   (ite (and (= |pte[P0][0]@15| #x01)
                             (= |pte.folio[P0][0]@15| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@15 #x00)) migrate0.dst@15 #x00) #x00))
      (a!39 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                 (bvsub (ite (= gup0.page@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 |folio.refcount[F0]@15|))
      (a!47 (= (ite (not (= migrate0.ok@15 #x00)) migrate0.dst@15 #x00) #x01))
      (a!48 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                 (bvsub (ite (= gup0.page@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 |folio.refcount[F1]@15|))
      (a!57 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@15 #x00) |PG_lru[F0]@15| |PG_lru[F1]@15|)))
      (a!58 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= gup0.page@15 #x00) |PG_lru[F0]@15| |PG_lru[F1]@15|)))
      (a!68 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@15 #x00)
                      |PG_anon_exclusive[F0]@15|
                      |PG_anon_exclusive[F1]@15|)))
      (a!69 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= gup0.page@15 #x00)
                      |PG_anon_exclusive[F0]@15|
                      |PG_anon_exclusive[F1]@15|)))
      (a!78 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@15 #x00)
                      |folio.mapping[F0]@15|
                      |folio.mapping[F1]@15|)))
      (a!79 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x01
                 (ite (= gup0.page@15 #x00)
                      |folio.mapping[F0]@15|
                      |folio.mapping[F1]@15|)))
      (a!87 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@15 #x00)
                      |folio.index[F0]@15|
                      |folio.index[F1]@15|)))
      (a!88 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= gup0.page@15 #x00)
                      |folio.index[F0]@15|
                      |folio.index[F1]@15|)))
      (a!96 (ite (= (ite (= migrate0.dst@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@15 #x00)
                      |folio.data[F0]@15|
                      |folio.data[F1]@15|)))
      (a!97 (ite (= (ite (= gup0.page@15 #x00)
                         |folio.refcount[F0]@15|
                         |folio.refcount[F1]@15|)
                    #x01)
                 #x00
                 (ite (= gup0.page@15 #x00)
                      |folio.data[F0]@15|
                      |folio.data[F1]@15|)))
      (a!107 (ite (= (ite (= migrate0.dst@15 #x00)
                          |folio.refcount[F0]@15|
                          |folio.refcount[F1]@15|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@15 #x00)
                       |folio.node[F0]@15|
                       |folio.node[F1]@15|)))
      (a!108 (ite (= (ite (= gup0.page@15 #x00)
                          |folio.refcount[F0]@15|
                          |folio.refcount[F1]@15|)
                     #x01)
                  #x00
                  (ite (= gup0.page@15 #x00)
                       |folio.node[F0]@15|
                       |folio.node[F1]@15|)))
      (a!116 (ite (and (= rule@15 #x24) true)
                  |pte.folio[P0][0]@15|
                  (ite (and (= rule@15 #x25) true) #x02 gup0.wait_folio@15)))
      (a!117 (ite (and (= rule@15 #x2d) true)
                  |pte.folio[P0][0]@15|
                  (ite (and (= rule@15 #x2e) true) #x02 fault0.wait_folio@15)))
      (a!118 (ite (and (= rule@15 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@15| #x01)
                  (ite (and (= rule@15 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@15| #x01)
                       |&mm->mmap_lock.readers[P0]@15|)))
      (a!122 (ite (and (= rule@15 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@15| #x01)
                  (ite (and (= rule@15 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@15| #x01)
                       |&anon_vma->rwsem.readers[av0]@15|)))
      (a!124 (ite (and (= rule@15 #x1a) (= migrate0.dst@15 #x00))
                  #x00
                  (ite (and (= rule@15 #x1c) true) #x00 |PG_locked[F0]@15|)))
      (a!127 (ite (and (= rule@15 #x0d) (= migrate0.dst@15 #x01))
                  #x01
                  (ite (and (= rule@15 #x1a) (= migrate0.dst@15 #x01))
                       #x00
                       |PG_locked[F1]@15|)))
      (a!128 (ite (and (= rule@15 #x20) true)
                  #x15
                  (ite (and (= rule@15 #x21) true) #x1f migrate0.pc@15)))
      (a!145 (ite (and (= rule@15 #x1e) true)
                  #x00
                  (ite (and (= rule@15 #x21) true) #x00 migrate0.isolated@15)))
      (a!147 (ite (and (= rule@15 #x1f) true)
                  #x02
                  (ite (and (= rule@15 #x20) true) #x02 migrate0.dst@15)))
      (a!149 (ite (and (= rule@15 #x0b) true)
                  #x01
                  (ite (and (= rule@15 #x1b) true) #x01 migrate0.anon_vma@15)))
      (a!151 (ite (and (= rule@15 #x18) true)
                  (bvadd migrate0.cursor@15 #x01)
                  (ite (and (= rule@15 #x19) true) #x00 migrate0.cursor@15)))
      (a!154 (ite (and (= rule@15 #x0e) true)
                  #x01
                  (ite (and (= rule@15 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@15)))
      (a!155 (ite (and (= rule@15 #x14) true)
                  #x00
                  (ite (and (= rule@15 #x15) true) #x01 migrate0.ok@15)))
      (a!157 (= migrate0.pass@16
                (ite (and (= rule@15 #x1f) true)
                     (bvadd migrate0.pass@15 #x01)
                     migrate0.pass@15)))
      (a!158 (ite (and (= rule@15 #x27) true)
                  #x04
                  (ite (and (= rule@15 #x28) true) #x05 gup0.pc@15)))
      (a!162 (ite (and (= rule@15 #x23) true)
                  |pte.folio[P0][0]@15|
                  (ite (and (= rule@15 #x28) true) #x02 gup0.page@15)))
      (a!163 (ite (and (= rule@15 #x2e) true)
                  #x00
                  (ite (and (= rule@15 #x2f) true) #x0c fault0.pc@15))))
(let ((a!10 (or (and (= rule@15 #x00)
                     (= migrate0.pc@15 #x00)
                     (not (= |folio.used[F0]@15| #x00))
                     (not (= |PG_lru[F0]@15| #x00)))
                (and (= rule@15 #x01) (= migrate0.pc@15 #x00) a!1)
                (and (= rule@15 #x02)
                     (= migrate0.pc@15 #x01)
                     (= |folio.refcount[F0]@15| #x01))
                (and (= rule@15 #x03)
                     (= migrate0.pc@15 #x01)
                     (not (= |folio.refcount[F0]@15| #x01))
                     a!2)
                (and (= rule@15 #x04)
                     (= migrate0.pc@15 #x01)
                     (not (= |folio.refcount[F0]@15| #x01))
                     (not a!2))
                (and (= rule@15 #x05)
                     (= migrate0.pc@15 #x02)
                     (= |PG_locked[F0]@15| #x00))
                (and (= rule@15 #x06)
                     (= migrate0.pc@15 #x02)
                     (not (= |PG_locked[F0]@15| #x00))
                     (not (bvuge migrate0.pass@15 #x03)))
                (and (= rule@15 #x07)
                     (= migrate0.pc@15 #x02)
                     (not (= |PG_locked[F0]@15| #x00))
                     (bvuge migrate0.pass@15 #x03))
                (and (= rule@15 #x08)
                     (= migrate0.pc@15 #x03)
                     (= |PG_locked[F0]@15| #x00))
                (and (= rule@15 #x09)
                     (= migrate0.pc@15 #x04)
                     (bvugt |folio.mapcount[F0]@15| #x00)
                     (not (= |folio.mapping[F0]@15| #x01))
                     (bvugt |anon_vma.refcount[av0]@15| #x00))
                (and (= rule@15 #x0a)
                     (= migrate0.pc@15 #x05)
                     (bvugt |folio.mapcount[F0]@15| #x00))
                (and (= rule@15 #x0b)
                     (= migrate0.pc@15 #x05)
                     (not (bvugt |folio.mapcount[F0]@15| #x00)))
                (and (= rule@15 #x0c) (= migrate0.pc@15 #x04) a!3)
                a!4
                (and (= rule@15 #x0e)
                     (= migrate0.pc@15 #x08)
                     (bvugt |folio.mapcount[F0]@15| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@15| #x00))
                (and (= rule@15 #x0f)
                     (= migrate0.pc@15 #x08)
                     (not (bvugt |folio.mapcount[F0]@15| #x00)))
                (and (= rule@15 #x10)
                     (= migrate0.pc@15 #x09)
                     (bvult migrate0.cursor@15 |anon_vma.len[av0]@15|)
                     (bvugt |folio.mapcount[F0]@15| #x00)
                     (= |folio.index[F0]@15| #x00)
                     (= |ptlock_ptr(page)[P0]@15| #x00))
                a!5
                (and (= rule@15 #x12)
                     (= migrate0.pc@15 #x0a)
                     (not (bvugt |folio.mapcount[F0]@15| #x00))
                     (= |folio.refcount[F0]@15| #x02))
                (and (= rule@15 #x13)
                     (= migrate0.pc@15 #x0a)
                     (not (bvugt |folio.mapcount[F0]@15| #x00))
                     (not (= |folio.refcount[F0]@15| #x02)))
                (and (= rule@15 #x14)
                     (= migrate0.pc@15 #x0a)
                     (bvugt |folio.mapcount[F0]@15| #x00))
                (and (= rule@15 #x15) (= migrate0.pc@15 #x0b))
                (and (= rule@15 #x16) (= migrate0.pc@15 #x0c))
                (and (= rule@15 #x17)
                     (= migrate0.pc@15 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@15| #x00))
                (and (= rule@15 #x18)
                     (= migrate0.pc@15 #x0e)
                     (bvult migrate0.cursor@15 |anon_vma.len[av0]@15|)
                     (= |folio.index[F0]@15| #x00)
                     (= |ptlock_ptr(page)[P0]@15| #x00))
                (and (= rule@15 #x19)
                     (= migrate0.pc@15 #x0e)
                     (bvuge migrate0.cursor@15 |anon_vma.len[av0]@15|))
                (and (= rule@15 #x1a) (= migrate0.pc@15 #x0f))
                (and (= rule@15 #x1b) (= migrate0.pc@15 #x10))
                (and (= rule@15 #x1c) (= migrate0.pc@15 #x11))
                (and (= rule@15 #x1d) (= migrate0.pc@15 #x12))
                (and (= rule@15 #x1e) (= migrate0.pc@15 #x13))
                (and (= rule@15 #x1f)
                     (= migrate0.pc@15 #x14)
                     (bvult migrate0.pass@15 #x00))
                (and (= rule@15 #x20)
                     (= migrate0.pc@15 #x14)
                     (bvuge migrate0.pass@15 #x00))
                (and (= rule@15 #x21) (= migrate0.pc@15 #x15))
                (and (= rule@15 #x22)
                     (= gup0.pc@15 #x00)
                     (not (= |alive[P0]@15| #x00))
                     (= |&mm->mmap_lock.writer[P0]@15| #x00))
                (and (= rule@15 #x23)
                     (= gup0.pc@15 #x01)
                     (= |ptlock_ptr(page)[P0]@15| #x00)
                     (= |pte[P0][0]@15| #x01)
                     (not (= |pte.write[P0][0]@15| #x00)))
                (and (= rule@15 #x24)
                     (= gup0.pc@15 #x01)
                     (= |ptlock_ptr(page)[P0]@15| #x00)
                     (not (= |pte[P0][0]@15| #x00))
                     (not (= |pte[P0][0]@15| #x01)))
                a!6
                (and (= rule@15 #x26)
                     (= gup0.pc@15 #x01)
                     (= |ptlock_ptr(page)[P0]@15| #x00)
                     a!7
                     a!8)
                (and (= rule@15 #x27) (= gup0.pc@15 #x03))
                (and (= rule@15 #x28) (= gup0.pc@15 #x04))
                (and (= rule@15 #x29)
                     (= fault0.pc@15 #x00)
                     (not (= |alive[P0]@15| #x00))
                     (= |pte[P0][0]@15| #x01))
                (and (= rule@15 #x2a)
                     (= fault0.pc@15 #x00)
                     (not (= |alive[P0]@15| #x00))
                     (not (= |pte[P0][0]@15| #x01)))
                (and (= rule@15 #x2b)
                     (= fault0.pc@15 #x01)
                     (= |&mm->mmap_lock.writer[P0]@15| #x00))
                (and (= rule@15 #x2c)
                     (= fault0.pc@15 #x02)
                     (= |ptlock_ptr(page)[P0]@15| #x00)
                     (= |pte[P0][0]@15| #x01))
                (and (= rule@15 #x2d)
                     (= fault0.pc@15 #x02)
                     (= |ptlock_ptr(page)[P0]@15| #x00)
                     (not (= |pte[P0][0]@15| #x00))
                     (not (= |pte[P0][0]@15| #x01)))
                a!9
                (and (= rule@15 #x2f)
                     (= fault0.pc@15 #x02)
                     (= |pte[P0][0]@15| #x00))))
      (a!13 (ite (and (= rule@15 #x10) (= |anon_vma.list[av0][0]@15| #x00))
                 (ite (and (= |pte[P0][0]@15| #x01)
                           (= |pte.folio[P0][0]@15| #x00))
                      a!11
                      |pte[P0][0]@15|)
                 (ite (and (= rule@15 #x18) (= |anon_vma.list[av0][0]@15| #x00))
                      (ite a!12 #x01 |pte[P0][0]@15|)
                      |pte[P0][0]@15|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@15 #x00)) migrate0.dst@15 #x00)
                 |pte.folio[P0][0]@15|))
      (a!16 (ite (and (= rule@15 #x18) (= |anon_vma.list[av0][0]@15| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@15| #x04) #x01 #x00)
                      |pte.write[P0][0]@15|)
                 |pte.write[P0][0]@15|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@15 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@15|
                   (bvadd (ite (= migrate0.anon_vma@15 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@15 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@15 #x01))
                      (= |anon_vma.refcount[av0]@15| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@15 #x21) true)
                 (ite (= |folio.refcount[F0]@15| #x01) #x00 |folio.used[F0]@15|)
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!29
                      |folio.used[F0]@15|)))
      (a!34 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 a!28
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                      a!29
                      |folio.used[F1]@15|)))
      (a!40 (ite (and (= rule@15 #x23) (= |pte.folio[P0][0]@15| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@15| #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@15 #x23) (= |pte.folio[P0][0]@15| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@15| #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@15|
                             |folio.mapcount[F1]@15|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@15| |folio.mapcount[F1]@15|)))
      (a!59 (ite (and (= rule@15 #x21) true)
                 (ite (= |folio.refcount[F0]@15| #x01) #x00 #x01)
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!58
                      |PG_lru[F0]@15|)))
      (a!64 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 a!57
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                      a!58
                      |PG_lru[F1]@15|)))
      (a!67 (ite (and (not (= |pte[P0][0]@15| #x00))
                      (not (= |pte[P0][0]@15| #x01))
                      (= |pte.folio[P0][0]@15| #x00)
                      (not (= |pte[P0][0]@15| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@15|
                      |PG_anon_exclusive[F1]@15|)))
      (a!70 (ite (and (= rule@15 #x21) true)
                 (ite (= |folio.refcount[F0]@15| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@15|)
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@15|)))
      (a!75 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 a!68
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@15|)))
      (a!80 (ite (and (= rule@15 #x21) true)
                 (ite (= |folio.refcount[F0]@15| #x01)
                      #x01
                      |folio.mapping[F0]@15|)
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!79
                      |folio.mapping[F0]@15|)))
      (a!84 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 a!78
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                      a!79
                      |folio.mapping[F1]@15|)))
      (a!89 (ite (and (= rule@15 #x21) true)
                 (ite (= |folio.refcount[F0]@15| #x01)
                      #x00
                      |folio.index[F0]@15|)
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!88
                      |folio.index[F0]@15|)))
      (a!93 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 a!87
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                      a!88
                      |folio.index[F1]@15|)))
      (a!98 (ite (and (= rule@15 #x27) (= gup0.page@15 #x00))
                 #x02
                 (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                      a!97
                      |folio.data[F0]@15|)))
      (a!103 (ite (and (= rule@15 #x27) (= gup0.page@15 #x01))
                  #x02
                  (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                       a!97
                       |folio.data[F1]@15|)))
      (a!109 (ite (and (= rule@15 #x21) true)
                  (ite (= |folio.refcount[F0]@15| #x01)
                       #x00
                       |folio.node[F0]@15|)
                  (ite (and (= rule@15 #x28) (= gup0.page@15 #x00))
                       a!108
                       |folio.node[F0]@15|)))
      (a!113 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                  a!107
                  (ite (and (= rule@15 #x28) (= gup0.page@15 #x01))
                       a!108
                       |folio.node[F1]@15|)))
      (a!119 (ite (and (= rule@15 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@15| #x01)
                  (ite (and (= rule@15 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@15| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@15 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@15| #x01)
                  (ite (and (= rule@15 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@15| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@15 #x08) true)
                  #x01
                  (ite (and (= rule@15 #x0d) (= migrate0.dst@15 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@15 #x1e) true)
                  #x1f
                  (ite (and (= rule@15 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@15 #x00) true)
                  #x01
                  (ite (and (= rule@15 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@15 #x03) true)
                  a!27
                  (ite (and (= rule@15 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@16
                (ite (and (= rule@15 #x09) true) |folio.mapping[F0]@15| a!149)))
      (a!152 (ite (and (= rule@15 #x11) true)
                  #x00
                  (ite (and (= rule@15 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@15 #x06) true)
                  #x00
                  (ite (and (= rule@15 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@15 #x25) true)
                  #x01
                  (ite (and (= rule@15 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@15 #x2c) true)
                  #x00
                  (ite (and (= rule@15 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@16|
               (ite (and (= rule@15 #x18) (= |anon_vma.list[av0][0]@15| #x00))
                    a!14
                    |pte.folio[P0][0]@15|)))
      (a!17 (ite (and (= rule@15 #x10) (= |anon_vma.list[av0][0]@15| #x00))
                 (ite (and (= |pte[P0][0]@15| #x01)
                           (= |pte.folio[P0][0]@15| #x00))
                      #x00
                      |pte.write[P0][0]@15|)
                 a!16))
      (a!25 (ite (and (= rule@15 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@15| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@15|)
                 |anon_vma.refcount[av0]@15|))
      (a!31 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 a!28
                 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 a!28
                 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 (ite (and (= rule@15 #x21) true)
                      (bvsub |folio.refcount[F0]@15| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@15 #x10) true)
                 (ite (and (= |pte[P0][0]@15| #x01)
                           (= |pte.folio[P0][0]@15| #x00))
                      (bvsub |folio.mapcount[F0]@15| #x01)
                      |folio.mapcount[F0]@15|)
                 (ite (and (= rule@15 #x18) a!38) a!54 |folio.mapcount[F0]@15|)))
      (a!56 (= |folio.mapcount[F1]@16|
               (ite (and (= rule@15 #x18) a!47) a!54 |folio.mapcount[F1]@15|)))
      (a!60 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 a!57
                 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 a!57
                 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 a!68
                 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 a!68
                 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 a!78
                 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 a!78
                 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 a!87
                 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 a!87
                 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00))
                 a!96
                 (ite (and (= rule@15 #x21) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x00
                           |folio.data[F0]@15|)
                      a!98)))
      (a!104 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01))
                  a!96
                  (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                  a!107
                  (ite (and (= rule@15 #x20) (= migrate0.dst@15 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                  a!107
                  (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@15 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@15| #x01)
                  (ite (and (= rule@15 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@15| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@16| (ite (and (= rule@15 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@15 #x1c) true)
                  (ite (not (= migrate0.ok@15 #x00)) #x12 #x14)
                  (ite (and (= rule@15 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@15 #x0e) true)
                  #x00
                  (ite (and (= rule@15 #x10) true)
                       (bvadd migrate0.cursor@15 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@15 #x23) true)
                  #x03
                  (ite (and (= rule@15 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@15 #x2a) true)
                  #x01
                  (ite (and (= rule@15 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@15 #x09) (= |folio.mapping[F0]@15| #x00))
                 (bvadd |anon_vma.refcount[av0]@15| #x01)
                 (ite (and (= rule@15 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@15|)
                      a!25)))
      (a!32 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 a!28
                 (ite (and (= rule@15 #x1e) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x00
                           |folio.used[F0]@15|)
                      a!31)))
      (a!36 (= |folio.used[F1]@16|
               (ite (and (= rule@15 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x01))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 a!57
                 (ite (and (= rule@15 #x1e) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x00
                           |PG_lru[F0]@15|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@16|
               (ite (and (= rule@15 #x16) (= migrate0.dst@15 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 a!68
                 (ite (and (= rule@15 #x1e) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@15|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@16|
               (ite (and (= rule@15 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 a!78
                 (ite (and (= rule@15 #x1e) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x01
                           |folio.mapping[F0]@15|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@16|
               (ite (and (= rule@15 #x12) (= migrate0.dst@15 #x01))
                    |folio.mapping[F0]@15|
                    a!85)))
      (a!91 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 a!87
                 (ite (and (= rule@15 #x1e) true)
                      (ite (= |folio.refcount[F0]@15| #x01)
                           #x00
                           |folio.index[F0]@15|)
                      a!90)))
      (a!95 (= |folio.index[F1]@16|
               (ite (and (= rule@15 #x12) (= migrate0.dst@15 #x01))
                    |folio.index[F0]@15|
                    a!94)))
      (a!100 (ite (and (= rule@15 #x1e) true)
                  (ite (= |folio.refcount[F0]@15| #x01)
                       #x00
                       |folio.data[F0]@15|)
                  (ite (and (= rule@15 #x1f) (= migrate0.dst@15 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@15 #x15) (= migrate0.dst@15 #x01))
                  |folio.data[F0]@15|
                  (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                  a!107
                  (ite (and (= rule@15 #x1e) true)
                       (ite (= |folio.refcount[F0]@15| #x01)
                            #x00
                            |folio.node[F0]@15|)
                       a!110)))
      (a!115 (= |folio.node[F1]@16|
                (ite (and (= rule@15 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@15|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@16|
                (ite (and (= rule@15 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@15| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@15 #x1a) true)
                  #x10
                  (ite (and (= rule@15 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@16 (ite (and (= rule@15 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@16 (ite (and (= rule@15 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@15 #x02) true)
                 (ite (= |folio.refcount[F0]@15| #x01) #x00 |folio.used[F0]@15|)
                 (ite (and (= rule@15 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 (ite (and (= rule@15 #x1e) true)
                      (bvsub |folio.refcount[F0]@15| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x01))
                 (bvsub (ite (= migrate0.dst@15 #x00)
                             |folio.refcount[F0]@15|
                             |folio.refcount[F1]@15|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@15 #x02) true)
                 (ite (= |folio.refcount[F0]@15| #x01) #x00 |PG_lru[F0]@15|)
                 (ite (and (= rule@15 #x16) (= migrate0.dst@15 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@15 #x10) true)
                 (ite (and (= |pte[P0][0]@15| #x01)
                           (= |pte.folio[P0][0]@15| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@15|)
                 (ite (and (= rule@15 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@15 #x02) true)
                 (ite (= |folio.refcount[F0]@15| #x01)
                      #x01
                      |folio.mapping[F0]@15|)
                 (ite (and (= rule@15 #x12) (= migrate0.dst@15 #x00))
                      |folio.mapping[F0]@15|
                      a!82)))
      (a!92 (ite (and (= rule@15 #x02) true)
                 (ite (= |folio.refcount[F0]@15| #x01)
                      #x00
                      |folio.index[F0]@15|)
                 (ite (and (= rule@15 #x12) (= migrate0.dst@15 #x00))
                      |folio.index[F0]@15|
                      a!91)))
      (a!101 (ite (and (= rule@15 #x15) (= migrate0.dst@15 #x00))
                  |folio.data[F0]@15|
                  (ite (and (= rule@15 #x1d) (= migrate0.dst@15 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@16|
                (ite (and (= rule@15 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@15 #x02) true)
                  (ite (= |folio.refcount[F0]@15| #x01)
                       #x00
                       |folio.node[F0]@15|)
                  (ite (and (= rule@15 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@15|)
                       a!111)))
      (a!132 (ite (and (= rule@15 #x17) true)
                  #x0e
                  (ite (and (= rule@15 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@15 #x10) true)
                 a!37
                 (ite (and (= rule@15 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@15|
                                  |folio.refcount[F1]@15|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@15 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@15 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@15|
                                  |folio.refcount[F1]@15|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@16| (ite (and (= rule@15 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@16|
               (ite (and (= rule@15 #x02) true)
                    (ite (= |folio.refcount[F0]@15| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@15|)
                    a!73)))
      (a!102 (ite (and (= rule@15 #x02) true)
                  (ite (= |folio.refcount[F0]@15| #x01)
                       #x00
                       |folio.data[F0]@15|)
                  (ite (and (= rule@15 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@15 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@15 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@15 #x02) true)
                 (bvsub |folio.refcount[F0]@15| #x01)
                 (ite (and (= rule@15 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@15 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@15 #x00)) #x0d #x0f)
                  (ite (and (= rule@15 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@16|
               (ite (and (= rule@15 #x00) true)
                    (bvadd |folio.refcount[F0]@15| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@15 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@15 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@15 #x11) true)
                  #x0a
                  (ite (and (= rule@15 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@15 #x0e) true)
                  #x09
                  (ite (and (= rule@15 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@15 #x0c) true)
                  #x06
                  (ite (and (= rule@15 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@15 #x0a) true)
                  #x06
                  (ite (and (= rule@15 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@15 #x08) true)
                  #x04
                  (ite (and (= rule@15 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@15 #x06) true)
                  #x14
                  (ite (and (= rule@15 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@15 #x04) true)
                  #x15
                  (ite (and (= rule@15 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@15 #x02) true)
                  #x1f
                  (ite (and (= rule@15 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@15 #x00) true)
                  #x01
                  (ite (and (= rule@15 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@16| |alive[P0]@15|)
       (= |pte[P0][0]@16| a!13)
       a!15
       (= |pte.write[P0][0]@16| a!17)
       a!18
       (= |anon_vma.list[av0][0]@16| |anon_vma.list[av0][0]@15|)
       (= |anon_vma.len[av0]@16| |anon_vma.len[av0]@15|)
       (= |anon_vma.refcount[av0]@16| a!26)
       (= |folio.used[F0]@16| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@16| a!53)
       (= |folio.mapcount[F0]@16| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@16| a!83)
       a!86
       (= |folio.index[F0]@16| a!92)
       a!95
       (= |folio.data[F0]@16| a!102)
       a!106
       (= |folio.node[F0]@16| a!112)
       a!115
       (= gup0.wait_folio@16 a!116)
       (= fault0.wait_folio@16 a!117)
       (= |&mm->mmap_lock.writer[P0]@16| |&mm->mmap_lock.writer[P0]@15|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@16| |&anon_vma->rwsem.writer[av0]@15|)
       (= |&anon_vma->rwsem.readers[av0]@16| a!123)
       (= |ptlock_ptr(page)[P0]@16| |ptlock_ptr(page)[P0]@15|)
       a!126
       (= |PG_locked[F1]@16| a!127)
       (= migrate0.pc@16 a!144)
       (= migrate0.isolated@16 a!146)
       (= migrate0.dst@16 a!148)
       a!150
       (= migrate0.cursor@16 a!153)
       (= migrate0.page_was_mapped@16 a!154)
       (= migrate0.ok@16 a!156)
       a!157
       a!161
       (= gup0.page@16 a!162)
       a!166
       (= fault0.old_page@16 fault0.old_page@15)
       (= fault0.new_page@16 fault0.new_page@15)
       (bvule |alive[P0]@16| #x01)
       (bvule |pte[P0][0]@16| #x07)
       (bvule |pte.folio[P0][0]@16| #x01)
       (bvule |pte.write[P0][0]@16| #x01)
       (bvule |expected[P0][0]@16| #x02)
       (bvule |anon_vma.list[av0][0]@16| #x00)
       (bvule |anon_vma.len[av0]@16| #x01)
       (bvule |anon_vma.refcount[av0]@16| #x06)
       (bvule |folio.used[F0]@16| #x01)
       (bvule |folio.used[F1]@16| #x01)
       (bvule |folio.refcount[F0]@16| #x06)
       (bvule |folio.refcount[F1]@16| #x06)
       (bvule |folio.mapcount[F0]@16| #x02)
       (bvule |folio.mapcount[F1]@16| #x02)
       (bvule |PG_lru[F0]@16| #x01)
       (bvule |PG_lru[F1]@16| #x01)
       (bvule |PG_anon_exclusive[F0]@16| #x01)
       (bvule |PG_anon_exclusive[F1]@16| #x01)
       (bvule |folio.mapping[F0]@16| #x01)
       (bvule |folio.mapping[F1]@16| #x01)
       (bvule |folio.index[F0]@16| #x00)
       (bvule |folio.index[F1]@16| #x00)
       (bvule |folio.data[F0]@16| #x02)
       (bvule |folio.data[F1]@16| #x02)
       (bvule |folio.node[F0]@16| #x01)
       (bvule |folio.node[F1]@16| #x01)
       (bvule gup0.wait_folio@16 #x02)
       (bvule fault0.wait_folio@16 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@16| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@16| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@16| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@16| #x03)
       (bvule |ptlock_ptr(page)[P0]@16| #x03)
       (bvule |PG_locked[F0]@16| #x03)
       (bvule |PG_locked[F1]@16| #x03)
       (bvule migrate0.pc@16 #x1f)
       (bvule migrate0.isolated@16 #x01)
       (bvule migrate0.dst@16 #x02)
       (bvule migrate0.anon_vma@16 #x01)
       (bvule migrate0.cursor@16 #x01)
       (bvule migrate0.page_was_mapped@16 #x01)
       (bvule migrate0.ok@16 #x01)
       (bvule migrate0.pass@16 #x00)
       (bvule gup0.pc@16 #x05)
       (bvule gup0.page@16 #x02)
       (bvule fault0.pc@16 #x0c)
       (bvule fault0.old_page@16 #x02)
       (bvule fault0.new_page@16 #x02))))))))))))))))))))
(assert (let ((a!1 (not (and (not (= |folio.used[F0]@16| #x00))
                     (not (= |PG_lru[F0]@16| #x00)))))
      (a!2 (or (not (not (= |folio.used[F0]@16| #x00)))
               (not (not (= |folio.used[F1]@16| #x00)))))
      (a!3 (not (and (bvugt |folio.mapcount[F0]@16| #x00)
                     (not (= |folio.mapping[F0]@16| #x01))
                     (bvugt |anon_vma.refcount[av0]@16| #x00))))
      (a!4 (and (= rule@16 #x0d)
                (= migrate0.pc@16 #x06)
                (= (ite (= migrate0.dst@16 #x00)
                        |PG_locked[F0]@16|
                        |PG_locked[F1]@16|)
                   #x00)))
      (a!5 (and (= rule@16 #x11)
                (= migrate0.pc@16 #x09)
                (or (bvuge migrate0.cursor@16 |anon_vma.len[av0]@16|)
                    (not (bvugt |folio.mapcount[F0]@16| #x00)))))
      (a!6 (and (= rule@16 #x25)
                (= gup0.pc@16 #x02)
                (= (ite (= gup0.wait_folio@16 #x00)
                        |PG_locked[F0]@16|
                        |PG_locked[F1]@16|)
                   #x00)))
      (a!7 (not (and (= |pte[P0][0]@16| #x01)
                     (not (= |pte.write[P0][0]@16| #x00)))))
      (a!8 (not (and (not (= |pte[P0][0]@16| #x00))
                     (not (= |pte[P0][0]@16| #x01)))))
      (a!9 (and (= rule@16 #x2e)
                (= fault0.pc@16 #x06)
                (= (ite (= fault0.wait_folio@16 #x00)
                        |PG_locked[F0]@16|
                        |PG_locked[F1]@16|)
                   #x00)))
      (a!11 (ite (not (= |pte.write[P0][0]@16| #x00))
                 #x04
                 (ite (not (= |PG_anon_exclusive[F0]@16| #x00)) #x03 #x02)))
      (a!12 (and (not (= |pte[P0][0]@16| #x00))
                 (not (= |pte[P0][0]@16| #x01))
                 (= |pte.folio[P0][0]@16| #x00)))
      (a!18 (= |expected[P0][0]@17|
               (ite (and (= rule@16 #x27) true) #x02 |expected[P0][0]@16|)))
      (a!19 (ite (and (= |anon_vma.refcount[av0]@16| #x01)
                      (not (= migrate0.anon_vma@16 #x00)))
                 #x01
                 #x00))
      (a!22 (= (ite (not (= migrate0.anon_vma@16 #x01))
                    migrate0.anon_vma@16
                    #x00)
               #x00))
      (a!27 (ite (not (not (= |folio.used[F0]@16| #x00))) #x00 #x01))
      (a!28 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@16 #x00)
                      |folio.used[F0]@16|
                      |folio.used[F1]@16|)))
      (a!29 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= gup0.page@16 #x00)
                      |folio.used[F0]@16|
                      |folio.used[F1]@16|)))
      (a!37 (bvsub |folio.refcount[F0]@16|
                   (ite (and (= |pte[P0][0]@16| #x01)
                             (= |pte.folio[P0][0]@16| #x00))
                        #x01
                        #x00)))
      (a!38 (= (ite (not (= migrate0.ok@16 #x00)) migrate0.dst@16 #x00) #x00))
      (a!39 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                 (bvsub (ite (= gup0.page@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 |folio.refcount[F0]@16|))
      (a!47 (= (ite (not (= migrate0.ok@16 #x00)) migrate0.dst@16 #x00) #x01))
      (a!48 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                 (bvsub (ite (= gup0.page@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 |folio.refcount[F1]@16|))
      (a!57 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@16 #x00) |PG_lru[F0]@16| |PG_lru[F1]@16|)))
      (a!58 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= gup0.page@16 #x00) |PG_lru[F0]@16| |PG_lru[F1]@16|)))
      (a!68 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@16 #x00)
                      |PG_anon_exclusive[F0]@16|
                      |PG_anon_exclusive[F1]@16|)))
      (a!69 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= gup0.page@16 #x00)
                      |PG_anon_exclusive[F0]@16|
                      |PG_anon_exclusive[F1]@16|)))
      (a!78 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x01
                 (ite (= migrate0.dst@16 #x00)
                      |folio.mapping[F0]@16|
                      |folio.mapping[F1]@16|)))
      (a!79 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x01
                 (ite (= gup0.page@16 #x00)
                      |folio.mapping[F0]@16|
                      |folio.mapping[F1]@16|)))
      (a!87 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@16 #x00)
                      |folio.index[F0]@16|
                      |folio.index[F1]@16|)))
      (a!88 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= gup0.page@16 #x00)
                      |folio.index[F0]@16|
                      |folio.index[F1]@16|)))
      (a!96 (ite (= (ite (= migrate0.dst@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= migrate0.dst@16 #x00)
                      |folio.data[F0]@16|
                      |folio.data[F1]@16|)))
      (a!97 (ite (= (ite (= gup0.page@16 #x00)
                         |folio.refcount[F0]@16|
                         |folio.refcount[F1]@16|)
                    #x01)
                 #x00
                 (ite (= gup0.page@16 #x00)
                      |folio.data[F0]@16|
                      |folio.data[F1]@16|)))
      (a!107 (ite (= (ite (= migrate0.dst@16 #x00)
                          |folio.refcount[F0]@16|
                          |folio.refcount[F1]@16|)
                     #x01)
                  #x00
                  (ite (= migrate0.dst@16 #x00)
                       |folio.node[F0]@16|
                       |folio.node[F1]@16|)))
      (a!108 (ite (= (ite (= gup0.page@16 #x00)
                          |folio.refcount[F0]@16|
                          |folio.refcount[F1]@16|)
                     #x01)
                  #x00
                  (ite (= gup0.page@16 #x00)
                       |folio.node[F0]@16|
                       |folio.node[F1]@16|)))
      (a!116 (ite (and (= rule@16 #x24) true)
                  |pte.folio[P0][0]@16|
                  (ite (and (= rule@16 #x25) true) #x02 gup0.wait_folio@16)))
      (a!117 (ite (and (= rule@16 #x2d) true)
                  |pte.folio[P0][0]@16|
                  (ite (and (= rule@16 #x2e) true) #x02 fault0.wait_folio@16)))
      (a!118 (ite (and (= rule@16 #x2e) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@16| #x01)
                  (ite (and (= rule@16 #x2f) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@16| #x01)
                       |&mm->mmap_lock.readers[P0]@16|)))
      (a!122 (ite (and (= rule@16 #x17) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@16| #x01)
                  (ite (and (= rule@16 #x19) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@16| #x01)
                       |&anon_vma->rwsem.readers[av0]@16|)))
      (a!124 (ite (and (= rule@16 #x1a) (= migrate0.dst@16 #x00))
                  #x00
                  (ite (and (= rule@16 #x1c) true) #x00 |PG_locked[F0]@16|)))
      (a!127 (ite (and (= rule@16 #x0d) (= migrate0.dst@16 #x01))
                  #x01
                  (ite (and (= rule@16 #x1a) (= migrate0.dst@16 #x01))
                       #x00
                       |PG_locked[F1]@16|)))
      (a!128 (ite (and (= rule@16 #x20) true)
                  #x15
                  (ite (and (= rule@16 #x21) true) #x1f migrate0.pc@16)))
      (a!145 (ite (and (= rule@16 #x1e) true)
                  #x00
                  (ite (and (= rule@16 #x21) true) #x00 migrate0.isolated@16)))
      (a!147 (ite (and (= rule@16 #x1f) true)
                  #x02
                  (ite (and (= rule@16 #x20) true) #x02 migrate0.dst@16)))
      (a!149 (ite (and (= rule@16 #x0b) true)
                  #x01
                  (ite (and (= rule@16 #x1b) true) #x01 migrate0.anon_vma@16)))
      (a!151 (ite (and (= rule@16 #x18) true)
                  (bvadd migrate0.cursor@16 #x01)
                  (ite (and (= rule@16 #x19) true) #x00 migrate0.cursor@16)))
      (a!154 (ite (and (= rule@16 #x0e) true)
                  #x01
                  (ite (and (= rule@16 #x0f) true)
                       #x00
                       migrate0.page_was_mapped@16)))
      (a!155 (ite (and (= rule@16 #x14) true)
                  #x00
                  (ite (and (= rule@16 #x15) true) #x01 migrate0.ok@16)))
      (a!157 (= migrate0.pass@17
                (ite (and (= rule@16 #x1f) true)
                     (bvadd migrate0.pass@16 #x01)
                     migrate0.pass@16)))
      (a!158 (ite (and (= rule@16 #x27) true)
                  #x04
                  (ite (and (= rule@16 #x28) true) #x05 gup0.pc@16)))
      (a!162 (ite (and (= rule@16 #x23) true)
                  |pte.folio[P0][0]@16|
                  (ite (and (= rule@16 #x28) true) #x02 gup0.page@16)))
      (a!163 (ite (and (= rule@16 #x2e) true)
                  #x00
                  (ite (and (= rule@16 #x2f) true) #x0c fault0.pc@16))))
(let ((a!10 (or (and (= rule@16 #x00)
                     (= migrate0.pc@16 #x00)
                     (not (= |folio.used[F0]@16| #x00))
                     (not (= |PG_lru[F0]@16| #x00)))
                (and (= rule@16 #x01) (= migrate0.pc@16 #x00) a!1)
                (and (= rule@16 #x02)
                     (= migrate0.pc@16 #x01)
                     (= |folio.refcount[F0]@16| #x01))
                (and (= rule@16 #x03)
                     (= migrate0.pc@16 #x01)
                     (not (= |folio.refcount[F0]@16| #x01))
                     a!2)
                (and (= rule@16 #x04)
                     (= migrate0.pc@16 #x01)
                     (not (= |folio.refcount[F0]@16| #x01))
                     (not a!2))
                (and (= rule@16 #x05)
                     (= migrate0.pc@16 #x02)
                     (= |PG_locked[F0]@16| #x00))
                (and (= rule@16 #x06)
                     (= migrate0.pc@16 #x02)
                     (not (= |PG_locked[F0]@16| #x00))
                     (not (bvuge migrate0.pass@16 #x03)))
                (and (= rule@16 #x07)
                     (= migrate0.pc@16 #x02)
                     (not (= |PG_locked[F0]@16| #x00))
                     (bvuge migrate0.pass@16 #x03))
                (and (= rule@16 #x08)
                     (= migrate0.pc@16 #x03)
                     (= |PG_locked[F0]@16| #x00))
                (and (= rule@16 #x09)
                     (= migrate0.pc@16 #x04)
                     (bvugt |folio.mapcount[F0]@16| #x00)
                     (not (= |folio.mapping[F0]@16| #x01))
                     (bvugt |anon_vma.refcount[av0]@16| #x00))
                (and (= rule@16 #x0a)
                     (= migrate0.pc@16 #x05)
                     (bvugt |folio.mapcount[F0]@16| #x00))
                (and (= rule@16 #x0b)
                     (= migrate0.pc@16 #x05)
                     (not (bvugt |folio.mapcount[F0]@16| #x00)))
                (and (= rule@16 #x0c) (= migrate0.pc@16 #x04) a!3)
                a!4
                (and (= rule@16 #x0e)
                     (= migrate0.pc@16 #x08)
                     (bvugt |folio.mapcount[F0]@16| #x00)
                     (= |&anon_vma->rwsem.writer[av0]@16| #x00))
                (and (= rule@16 #x0f)
                     (= migrate0.pc@16 #x08)
                     (not (bvugt |folio.mapcount[F0]@16| #x00)))
                (and (= rule@16 #x10)
                     (= migrate0.pc@16 #x09)
                     (bvult migrate0.cursor@16 |anon_vma.len[av0]@16|)
                     (bvugt |folio.mapcount[F0]@16| #x00)
                     (= |folio.index[F0]@16| #x00)
                     (= |ptlock_ptr(page)[P0]@16| #x00))
                a!5
                (and (= rule@16 #x12)
                     (= migrate0.pc@16 #x0a)
                     (not (bvugt |folio.mapcount[F0]@16| #x00))
                     (= |folio.refcount[F0]@16| #x02))
                (and (= rule@16 #x13)
                     (= migrate0.pc@16 #x0a)
                     (not (bvugt |folio.mapcount[F0]@16| #x00))
                     (not (= |folio.refcount[F0]@16| #x02)))
                (and (= rule@16 #x14)
                     (= migrate0.pc@16 #x0a)
                     (bvugt |folio.mapcount[F0]@16| #x00))
                (and (= rule@16 #x15) (= migrate0.pc@16 #x0b))
                (and (= rule@16 #x16) (= migrate0.pc@16 #x0c))
                (and (= rule@16 #x17)
                     (= migrate0.pc@16 #x0d)
                     (= |&anon_vma->rwsem.writer[av0]@16| #x00))
                (and (= rule@16 #x18)
                     (= migrate0.pc@16 #x0e)
                     (bvult migrate0.cursor@16 |anon_vma.len[av0]@16|)
                     (= |folio.index[F0]@16| #x00)
                     (= |ptlock_ptr(page)[P0]@16| #x00))
                (and (= rule@16 #x19)
                     (= migrate0.pc@16 #x0e)
                     (bvuge migrate0.cursor@16 |anon_vma.len[av0]@16|))
                (and (= rule@16 #x1a) (= migrate0.pc@16 #x0f))
                (and (= rule@16 #x1b) (= migrate0.pc@16 #x10))
                (and (= rule@16 #x1c) (= migrate0.pc@16 #x11))
                (and (= rule@16 #x1d) (= migrate0.pc@16 #x12))
                (and (= rule@16 #x1e) (= migrate0.pc@16 #x13))
                (and (= rule@16 #x1f)
                     (= migrate0.pc@16 #x14)
                     (bvult migrate0.pass@16 #x00))
                (and (= rule@16 #x20)
                     (= migrate0.pc@16 #x14)
                     (bvuge migrate0.pass@16 #x00))
                (and (= rule@16 #x21) (= migrate0.pc@16 #x15))
                (and (= rule@16 #x22)
                     (= gup0.pc@16 #x00)
                     (not (= |alive[P0]@16| #x00))
                     (= |&mm->mmap_lock.writer[P0]@16| #x00))
                (and (= rule@16 #x23)
                     (= gup0.pc@16 #x01)
                     (= |ptlock_ptr(page)[P0]@16| #x00)
                     (= |pte[P0][0]@16| #x01)
                     (not (= |pte.write[P0][0]@16| #x00)))
                (and (= rule@16 #x24)
                     (= gup0.pc@16 #x01)
                     (= |ptlock_ptr(page)[P0]@16| #x00)
                     (not (= |pte[P0][0]@16| #x00))
                     (not (= |pte[P0][0]@16| #x01)))
                a!6
                (and (= rule@16 #x26)
                     (= gup0.pc@16 #x01)
                     (= |ptlock_ptr(page)[P0]@16| #x00)
                     a!7
                     a!8)
                (and (= rule@16 #x27) (= gup0.pc@16 #x03))
                (and (= rule@16 #x28) (= gup0.pc@16 #x04))
                (and (= rule@16 #x29)
                     (= fault0.pc@16 #x00)
                     (not (= |alive[P0]@16| #x00))
                     (= |pte[P0][0]@16| #x01))
                (and (= rule@16 #x2a)
                     (= fault0.pc@16 #x00)
                     (not (= |alive[P0]@16| #x00))
                     (not (= |pte[P0][0]@16| #x01)))
                (and (= rule@16 #x2b)
                     (= fault0.pc@16 #x01)
                     (= |&mm->mmap_lock.writer[P0]@16| #x00))
                (and (= rule@16 #x2c)
                     (= fault0.pc@16 #x02)
                     (= |ptlock_ptr(page)[P0]@16| #x00)
                     (= |pte[P0][0]@16| #x01))
                (and (= rule@16 #x2d)
                     (= fault0.pc@16 #x02)
                     (= |ptlock_ptr(page)[P0]@16| #x00)
                     (not (= |pte[P0][0]@16| #x00))
                     (not (= |pte[P0][0]@16| #x01)))
                a!9
                (and (= rule@16 #x2f)
                     (= fault0.pc@16 #x02)
                     (= |pte[P0][0]@16| #x00))))
      (a!13 (ite (and (= rule@16 #x10) (= |anon_vma.list[av0][0]@16| #x00))
                 (ite (and (= |pte[P0][0]@16| #x01)
                           (= |pte.folio[P0][0]@16| #x00))
                      a!11
                      |pte[P0][0]@16|)
                 (ite (and (= rule@16 #x18) (= |anon_vma.list[av0][0]@16| #x00))
                      (ite a!12 #x01 |pte[P0][0]@16|)
                      |pte[P0][0]@16|)))
      (a!14 (ite a!12
                 (ite (not (= migrate0.ok@16 #x00)) migrate0.dst@16 #x00)
                 |pte.folio[P0][0]@16|))
      (a!16 (ite (and (= rule@16 #x18) (= |anon_vma.list[av0][0]@16| #x00))
                 (ite a!12
                      (ite (= |pte[P0][0]@16| #x04) #x01 #x00)
                      |pte.write[P0][0]@16|)
                 |pte.write[P0][0]@16|))
      (a!20 (bvugt (bvadd (ite (= migrate0.anon_vma@16 #x00) #x01 #x00) a!19)
                   #x00))
      (a!21 (bvsub |anon_vma.refcount[av0]@16|
                   (bvadd (ite (= migrate0.anon_vma@16 #x00) #x01 #x00) a!19)))
      (a!23 (ite (and (not (= migrate0.anon_vma@16 #x01)) a!22) #x01 #x00))
      (a!24 (ite (and (not (= migrate0.anon_vma@16 #x01))
                      (= |anon_vma.refcount[av0]@16| #x01)
                      (not a!22))
                 #x01
                 #x00))
      (a!30 (ite (and (= rule@16 #x21) true)
                 (ite (= |folio.refcount[F0]@16| #x01) #x00 |folio.used[F0]@16|)
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!29
                      |folio.used[F0]@16|)))
      (a!34 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 a!28
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                      a!29
                      |folio.used[F1]@16|)))
      (a!40 (ite (and (= rule@16 #x23) (= |pte.folio[P0][0]@16| #x00))
                 (bvadd (ite (= |pte.folio[P0][0]@16| #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!39))
      (a!49 (ite (and (= rule@16 #x23) (= |pte.folio[P0][0]@16| #x01))
                 (bvadd (ite (= |pte.folio[P0][0]@16| #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!48))
      (a!54 (ite a!12
                 (bvadd (ite a!38
                             |folio.mapcount[F0]@16|
                             |folio.mapcount[F1]@16|)
                        #x01)
                 (ite a!38 |folio.mapcount[F0]@16| |folio.mapcount[F1]@16|)))
      (a!59 (ite (and (= rule@16 #x21) true)
                 (ite (= |folio.refcount[F0]@16| #x01) #x00 #x01)
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!58
                      |PG_lru[F0]@16|)))
      (a!64 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 a!57
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                      a!58
                      |PG_lru[F1]@16|)))
      (a!67 (ite (and (not (= |pte[P0][0]@16| #x00))
                      (not (= |pte[P0][0]@16| #x01))
                      (= |pte.folio[P0][0]@16| #x00)
                      (not (= |pte[P0][0]@16| #x02)))
                 #x01
                 (ite a!38
                      |PG_anon_exclusive[F0]@16|
                      |PG_anon_exclusive[F1]@16|)))
      (a!70 (ite (and (= rule@16 #x21) true)
                 (ite (= |folio.refcount[F0]@16| #x01)
                      #x00
                      |PG_anon_exclusive[F0]@16|)
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!69
                      |PG_anon_exclusive[F0]@16|)))
      (a!75 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 a!68
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                      a!69
                      |PG_anon_exclusive[F1]@16|)))
      (a!80 (ite (and (= rule@16 #x21) true)
                 (ite (= |folio.refcount[F0]@16| #x01)
                      #x01
                      |folio.mapping[F0]@16|)
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!79
                      |folio.mapping[F0]@16|)))
      (a!84 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 a!78
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                      a!79
                      |folio.mapping[F1]@16|)))
      (a!89 (ite (and (= rule@16 #x21) true)
                 (ite (= |folio.refcount[F0]@16| #x01)
                      #x00
                      |folio.index[F0]@16|)
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!88
                      |folio.index[F0]@16|)))
      (a!93 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 a!87
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                      a!88
                      |folio.index[F1]@16|)))
      (a!98 (ite (and (= rule@16 #x27) (= gup0.page@16 #x00))
                 #x02
                 (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                      a!97
                      |folio.data[F0]@16|)))
      (a!103 (ite (and (= rule@16 #x27) (= gup0.page@16 #x01))
                  #x02
                  (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                       a!97
                       |folio.data[F1]@16|)))
      (a!109 (ite (and (= rule@16 #x21) true)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.node[F0]@16|)
                  (ite (and (= rule@16 #x28) (= gup0.page@16 #x00))
                       a!108
                       |folio.node[F0]@16|)))
      (a!113 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                  a!107
                  (ite (and (= rule@16 #x28) (= gup0.page@16 #x01))
                       a!108
                       |folio.node[F1]@16|)))
      (a!119 (ite (and (= rule@16 #x2b) true)
                  (bvadd |&mm->mmap_lock.readers[P0]@16| #x01)
                  (ite (and (= rule@16 #x2c) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@16| #x01)
                       a!118)))
      (a!123 (ite (and (= rule@16 #x0e) true)
                  (bvadd |&anon_vma->rwsem.readers[av0]@16| #x01)
                  (ite (and (= rule@16 #x11) true)
                       (bvsub |&anon_vma->rwsem.readers[av0]@16| #x01)
                       a!122)))
      (a!125 (ite (and (= rule@16 #x08) true)
                  #x01
                  (ite (and (= rule@16 #x0d) (= migrate0.dst@16 #x00))
                       #x01
                       a!124)))
      (a!129 (ite (and (= rule@16 #x1e) true)
                  #x1f
                  (ite (and (= rule@16 #x1f) true) #x01 a!128)))
      (a!146 (ite (and (= rule@16 #x00) true)
                  #x01
                  (ite (and (= rule@16 #x02) true) #x00 a!145)))
      (a!148 (ite (and (= rule@16 #x03) true)
                  a!27
                  (ite (and (= rule@16 #x1d) true) #x02 a!147)))
      (a!150 (= migrate0.anon_vma@17
                (ite (and (= rule@16 #x09) true) |folio.mapping[F0]@16| a!149)))
      (a!152 (ite (and (= rule@16 #x11) true)
                  #x00
                  (ite (and (= rule@16 #x17) true) #x00 a!151)))
      (a!156 (ite (and (= rule@16 #x06) true)
                  #x00
                  (ite (and (= rule@16 #x13) true) #x00 a!155)))
      (a!159 (ite (and (= rule@16 #x25) true)
                  #x01
                  (ite (and (= rule@16 #x26) true) #x05 a!158)))
      (a!164 (ite (and (= rule@16 #x2c) true)
                  #x00
                  (ite (and (= rule@16 #x2d) true) #x06 a!163))))
(let ((a!15 (= |pte.folio[P0][0]@17|
               (ite (and (= rule@16 #x18) (= |anon_vma.list[av0][0]@16| #x00))
                    a!14
                    |pte.folio[P0][0]@16|)))
      (a!17 (ite (and (= rule@16 #x10) (= |anon_vma.list[av0][0]@16| #x00))
                 (ite (and (= |pte[P0][0]@16| #x01)
                           (= |pte.folio[P0][0]@16| #x00))
                      #x00
                      |pte.write[P0][0]@16|)
                 a!16))
      (a!25 (ite (and (= rule@16 #x1b) true)
                 (ite (bvugt (bvadd a!23 a!24) #x00)
                      (bvsub |anon_vma.refcount[av0]@16| (bvadd a!23 a!24))
                      |anon_vma.refcount[av0]@16|)
                 |anon_vma.refcount[av0]@16|))
      (a!31 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 a!28
                 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00)) a!28 a!30)))
      (a!35 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 a!28
                 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01)) a!28 a!34)))
      (a!41 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 (ite (and (= rule@16 #x21) true)
                      (bvsub |folio.refcount[F0]@16| #x01)
                      a!40)))
      (a!50 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!49))
      (a!55 (ite (and (= rule@16 #x10) true)
                 (ite (and (= |pte[P0][0]@16| #x01)
                           (= |pte.folio[P0][0]@16| #x00))
                      (bvsub |folio.mapcount[F0]@16| #x01)
                      |folio.mapcount[F0]@16|)
                 (ite (and (= rule@16 #x18) a!38) a!54 |folio.mapcount[F0]@16|)))
      (a!56 (= |folio.mapcount[F1]@17|
               (ite (and (= rule@16 #x18) a!47) a!54 |folio.mapcount[F1]@16|)))
      (a!60 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 a!57
                 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00)) a!57 a!59)))
      (a!65 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 a!57
                 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01)) a!57 a!64)))
      (a!71 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 a!68
                 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00)) a!68 a!70)))
      (a!76 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 a!68
                 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01)) a!68 a!75)))
      (a!81 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 a!78
                 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00)) a!78 a!80)))
      (a!85 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 a!78
                 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01)) a!78 a!84)))
      (a!90 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 a!87
                 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00)) a!87 a!89)))
      (a!94 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 a!87
                 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01)) a!87 a!93)))
      (a!99 (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00))
                 a!96
                 (ite (and (= rule@16 #x21) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x00
                           |folio.data[F0]@16|)
                      a!98)))
      (a!104 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01))
                  a!96
                  (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x01))
                       a!96
                       a!103)))
      (a!110 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                  a!107
                  (ite (and (= rule@16 #x20) (= migrate0.dst@16 #x00))
                       a!107
                       a!109)))
      (a!114 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                  a!107
                  (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01))
                       a!107
                       a!113)))
      (a!120 (ite (and (= rule@16 #x23) true)
                  (bvsub |&mm->mmap_lock.readers[P0]@16| #x01)
                  (ite (and (= rule@16 #x26) true)
                       (bvsub |&mm->mmap_lock.readers[P0]@16| #x01)
                       a!119)))
      (a!126 (= |PG_locked[F0]@17| (ite (and (= rule@16 #x05) true) #x01 a!125)))
      (a!130 (ite (and (= rule@16 #x1c) true)
                  (ite (not (= migrate0.ok@16 #x00)) #x12 #x14)
                  (ite (and (= rule@16 #x1d) true) #x13 a!129)))
      (a!153 (ite (and (= rule@16 #x0e) true)
                  #x00
                  (ite (and (= rule@16 #x10) true)
                       (bvadd migrate0.cursor@16 #x01)
                       a!152)))
      (a!160 (ite (and (= rule@16 #x23) true)
                  #x03
                  (ite (and (= rule@16 #x24) true) #x02 a!159)))
      (a!165 (ite (and (= rule@16 #x2a) true)
                  #x01
                  (ite (and (= rule@16 #x2b) true) #x02 a!164))))
(let ((a!26 (ite (and (= rule@16 #x09) (= |folio.mapping[F0]@16| #x00))
                 (bvadd |anon_vma.refcount[av0]@16| #x01)
                 (ite (and (= rule@16 #x0b) true)
                      (ite a!20 a!21 |anon_vma.refcount[av0]@16|)
                      a!25)))
      (a!32 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 a!28
                 (ite (and (= rule@16 #x1e) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x00
                           |folio.used[F0]@16|)
                      a!31)))
      (a!36 (= |folio.used[F1]@17|
               (ite (and (= rule@16 #x03) (= a!27 #x01)) #x01 a!35)))
      (a!42 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!41))
      (a!51 (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x01))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!50))
      (a!61 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 a!57
                 (ite (and (= rule@16 #x1e) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x00
                           |PG_lru[F0]@16|)
                      a!60)))
      (a!66 (= |PG_lru[F1]@17|
               (ite (and (= rule@16 #x16) (= migrate0.dst@16 #x01)) #x01 a!65)))
      (a!72 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 a!68
                 (ite (and (= rule@16 #x1e) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x00
                           |PG_anon_exclusive[F0]@16|)
                      a!71)))
      (a!77 (= |PG_anon_exclusive[F1]@17|
               (ite (and (= rule@16 #x18) a!47) a!67 a!76)))
      (a!82 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 a!78
                 (ite (and (= rule@16 #x1e) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x01
                           |folio.mapping[F0]@16|)
                      a!81)))
      (a!86 (= |folio.mapping[F1]@17|
               (ite (and (= rule@16 #x12) (= migrate0.dst@16 #x01))
                    |folio.mapping[F0]@16|
                    a!85)))
      (a!91 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 a!87
                 (ite (and (= rule@16 #x1e) true)
                      (ite (= |folio.refcount[F0]@16| #x01)
                           #x00
                           |folio.index[F0]@16|)
                      a!90)))
      (a!95 (= |folio.index[F1]@17|
               (ite (and (= rule@16 #x12) (= migrate0.dst@16 #x01))
                    |folio.index[F0]@16|
                    a!94)))
      (a!100 (ite (and (= rule@16 #x1e) true)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.data[F0]@16|)
                  (ite (and (= rule@16 #x1f) (= migrate0.dst@16 #x00))
                       a!96
                       a!99)))
      (a!105 (ite (and (= rule@16 #x15) (= migrate0.dst@16 #x01))
                  |folio.data[F0]@16|
                  (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                       a!96
                       a!104)))
      (a!111 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                  a!107
                  (ite (and (= rule@16 #x1e) true)
                       (ite (= |folio.refcount[F0]@16| #x01)
                            #x00
                            |folio.node[F0]@16|)
                       a!110)))
      (a!115 (= |folio.node[F1]@17|
                (ite (and (= rule@16 #x03) (= a!27 #x01))
                     (bvsub #x01 |folio.node[F0]@16|)
                     a!114)))
      (a!121 (= |&mm->mmap_lock.readers[P0]@17|
                (ite (and (= rule@16 #x22) true)
                     (bvadd |&mm->mmap_lock.readers[P0]@16| #x01)
                     a!120)))
      (a!131 (ite (and (= rule@16 #x1a) true)
                  #x10
                  (ite (and (= rule@16 #x1b) true) #x11 a!130)))
      (a!161 (= gup0.pc@17 (ite (and (= rule@16 #x22) true) #x01 a!160)))
      (a!166 (= fault0.pc@17 (ite (and (= rule@16 #x29) true) #x0c a!165))))
(let ((a!33 (ite (and (= rule@16 #x02) true)
                 (ite (= |folio.refcount[F0]@16| #x01) #x00 |folio.used[F0]@16|)
                 (ite (and (= rule@16 #x03) (= a!27 #x00)) #x01 a!32)))
      (a!43 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 (ite (and (= rule@16 #x1e) true)
                      (bvsub |folio.refcount[F0]@16| #x01)
                      a!42)))
      (a!52 (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x01))
                 (bvsub (ite (= migrate0.dst@16 #x00)
                             |folio.refcount[F0]@16|
                             |folio.refcount[F1]@16|)
                        #x01)
                 a!51))
      (a!62 (ite (and (= rule@16 #x02) true)
                 (ite (= |folio.refcount[F0]@16| #x01) #x00 |PG_lru[F0]@16|)
                 (ite (and (= rule@16 #x16) (= migrate0.dst@16 #x00)) #x01 a!61)))
      (a!73 (ite (and (= rule@16 #x10) true)
                 (ite (and (= |pte[P0][0]@16| #x01)
                           (= |pte.folio[P0][0]@16| #x00))
                      #x00
                      |PG_anon_exclusive[F0]@16|)
                 (ite (and (= rule@16 #x18) a!38) a!67 a!72)))
      (a!83 (ite (and (= rule@16 #x02) true)
                 (ite (= |folio.refcount[F0]@16| #x01)
                      #x01
                      |folio.mapping[F0]@16|)
                 (ite (and (= rule@16 #x12) (= migrate0.dst@16 #x00))
                      |folio.mapping[F0]@16|
                      a!82)))
      (a!92 (ite (and (= rule@16 #x02) true)
                 (ite (= |folio.refcount[F0]@16| #x01)
                      #x00
                      |folio.index[F0]@16|)
                 (ite (and (= rule@16 #x12) (= migrate0.dst@16 #x00))
                      |folio.index[F0]@16|
                      a!91)))
      (a!101 (ite (and (= rule@16 #x15) (= migrate0.dst@16 #x00))
                  |folio.data[F0]@16|
                  (ite (and (= rule@16 #x1d) (= migrate0.dst@16 #x00))
                       a!96
                       a!100)))
      (a!106 (= |folio.data[F1]@17|
                (ite (and (= rule@16 #x03) (= a!27 #x01)) #x00 a!105)))
      (a!112 (ite (and (= rule@16 #x02) true)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.node[F0]@16|)
                  (ite (and (= rule@16 #x03) (= a!27 #x00))
                       (bvsub #x01 |folio.node[F0]@16|)
                       a!111)))
      (a!132 (ite (and (= rule@16 #x17) true)
                  #x0e
                  (ite (and (= rule@16 #x19) true) #x0f a!131))))
(let ((a!44 (ite (and (= rule@16 #x10) true)
                 a!37
                 (ite (and (= rule@16 #x18) a!38)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@16|
                                  |folio.refcount[F1]@16|)
                             (ite a!12 #x01 #x00))
                      a!43)))
      (a!53 (ite (and (= rule@16 #x03) (= a!27 #x01))
                 #x01
                 (ite (and (= rule@16 #x18) a!47)
                      (bvadd (ite a!38
                                  |folio.refcount[F0]@16|
                                  |folio.refcount[F1]@16|)
                             (ite a!12 #x01 #x00))
                      a!52)))
      (a!63 (= |PG_lru[F0]@17| (ite (and (= rule@16 #x00) true) #x00 a!62)))
      (a!74 (= |PG_anon_exclusive[F0]@17|
               (ite (and (= rule@16 #x02) true)
                    (ite (= |folio.refcount[F0]@16| #x01)
                         #x00
                         |PG_anon_exclusive[F0]@16|)
                    a!73)))
      (a!102 (ite (and (= rule@16 #x02) true)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.data[F0]@16|)
                  (ite (and (= rule@16 #x03) (= a!27 #x00)) #x00 a!101)))
      (a!133 (ite (and (= rule@16 #x16) true)
                  (ite (not (= migrate0.page_was_mapped@16 #x00)) #x0d #x0f)
                  a!132)))
(let ((a!45 (ite (and (= rule@16 #x02) true)
                 (bvsub |folio.refcount[F0]@16| #x01)
                 (ite (and (= rule@16 #x03) (= a!27 #x00)) #x01 a!44)))
      (a!134 (ite (and (= rule@16 #x14) true)
                  (ite (not (= migrate0.page_was_mapped@16 #x00)) #x0d #x0f)
                  (ite (and (= rule@16 #x15) true) #x0c a!133))))
(let ((a!46 (= |folio.refcount[F0]@17|
               (ite (and (= rule@16 #x00) true)
                    (bvadd |folio.refcount[F0]@16| #x01)
                    a!45)))
      (a!135 (ite (and (= rule@16 #x13) true)
                  (ite (not (= migrate0.page_was_mapped@16 #x00)) #x0d #x0f)
                  a!134)))
(let ((a!136 (ite (and (= rule@16 #x11) true)
                  #x0a
                  (ite (and (= rule@16 #x12) true) #x0b a!135))))
(let ((a!137 (ite (and (= rule@16 #x0e) true)
                  #x09
                  (ite (and (= rule@16 #x0f) true) #x0a a!136))))
(let ((a!138 (ite (and (= rule@16 #x0c) true)
                  #x06
                  (ite (and (= rule@16 #x0d) true) #x08 a!137))))
(let ((a!139 (ite (and (= rule@16 #x0a) true)
                  #x06
                  (ite (and (= rule@16 #x0b) true) #x06 a!138))))
(let ((a!140 (ite (and (= rule@16 #x08) true)
                  #x04
                  (ite (and (= rule@16 #x09) true) #x05 a!139))))
(let ((a!141 (ite (and (= rule@16 #x06) true)
                  #x14
                  (ite (and (= rule@16 #x07) true) #x03 a!140))))
(let ((a!142 (ite (and (= rule@16 #x04) true)
                  #x15
                  (ite (and (= rule@16 #x05) true) #x04 a!141))))
(let ((a!143 (ite (and (= rule@16 #x02) true)
                  #x1f
                  (ite (and (= rule@16 #x03) true) #x02 a!142))))
(let ((a!144 (ite (and (= rule@16 #x00) true)
                  #x01
                  (ite (and (= rule@16 #x01) true) #x1f a!143))))
  (and a!10
       (= |alive[P0]@17| |alive[P0]@16|)
       (= |pte[P0][0]@17| a!13)
       a!15
       (= |pte.write[P0][0]@17| a!17)
       a!18
       (= |anon_vma.list[av0][0]@17| |anon_vma.list[av0][0]@16|)
       (= |anon_vma.len[av0]@17| |anon_vma.len[av0]@16|)
       (= |anon_vma.refcount[av0]@17| a!26)
       (= |folio.used[F0]@17| a!33)
       a!36
       a!46
       (= |folio.refcount[F1]@17| a!53)
       (= |folio.mapcount[F0]@17| a!55)
       a!56
       a!63
       a!66
       a!74
       a!77
       (= |folio.mapping[F0]@17| a!83)
       a!86
       (= |folio.index[F0]@17| a!92)
       a!95
       (= |folio.data[F0]@17| a!102)
       a!106
       (= |folio.node[F0]@17| a!112)
       a!115
       (= gup0.wait_folio@17 a!116)
       (= fault0.wait_folio@17 a!117)
       (= |&mm->mmap_lock.writer[P0]@17| |&mm->mmap_lock.writer[P0]@16|)
       a!121
       (= |&anon_vma->rwsem.writer[av0]@17| |&anon_vma->rwsem.writer[av0]@16|)
       (= |&anon_vma->rwsem.readers[av0]@17| a!123)
       (= |ptlock_ptr(page)[P0]@17| |ptlock_ptr(page)[P0]@16|)
       a!126
       (= |PG_locked[F1]@17| a!127)
       (= migrate0.pc@17 a!144)
       (= migrate0.isolated@17 a!146)
       (= migrate0.dst@17 a!148)
       a!150
       (= migrate0.cursor@17 a!153)
       (= migrate0.page_was_mapped@17 a!154)
       (= migrate0.ok@17 a!156)
       a!157
       a!161
       (= gup0.page@17 a!162)
       a!166
       (= fault0.old_page@17 fault0.old_page@16)
       (= fault0.new_page@17 fault0.new_page@16)
       (bvule |alive[P0]@17| #x01)
       (bvule |pte[P0][0]@17| #x07)
       (bvule |pte.folio[P0][0]@17| #x01)
       (bvule |pte.write[P0][0]@17| #x01)
       (bvule |expected[P0][0]@17| #x02)
       (bvule |anon_vma.list[av0][0]@17| #x00)
       (bvule |anon_vma.len[av0]@17| #x01)
       (bvule |anon_vma.refcount[av0]@17| #x06)
       (bvule |folio.used[F0]@17| #x01)
       (bvule |folio.used[F1]@17| #x01)
       (bvule |folio.refcount[F0]@17| #x06)
       (bvule |folio.refcount[F1]@17| #x06)
       (bvule |folio.mapcount[F0]@17| #x02)
       (bvule |folio.mapcount[F1]@17| #x02)
       (bvule |PG_lru[F0]@17| #x01)
       (bvule |PG_lru[F1]@17| #x01)
       (bvule |PG_anon_exclusive[F0]@17| #x01)
       (bvule |PG_anon_exclusive[F1]@17| #x01)
       (bvule |folio.mapping[F0]@17| #x01)
       (bvule |folio.mapping[F1]@17| #x01)
       (bvule |folio.index[F0]@17| #x00)
       (bvule |folio.index[F1]@17| #x00)
       (bvule |folio.data[F0]@17| #x02)
       (bvule |folio.data[F1]@17| #x02)
       (bvule |folio.node[F0]@17| #x01)
       (bvule |folio.node[F1]@17| #x01)
       (bvule gup0.wait_folio@17 #x02)
       (bvule fault0.wait_folio@17 #x02)
       (bvule |&mm->mmap_lock.writer[P0]@17| #x03)
       (bvule |&mm->mmap_lock.readers[P0]@17| #x03)
       (bvule |&anon_vma->rwsem.writer[av0]@17| #x03)
       (bvule |&anon_vma->rwsem.readers[av0]@17| #x03)
       (bvule |ptlock_ptr(page)[P0]@17| #x03)
       (bvule |PG_locked[F0]@17| #x03)
       (bvule |PG_locked[F1]@17| #x03)
       (bvule migrate0.pc@17 #x1f)
       (bvule migrate0.isolated@17 #x01)
       (bvule migrate0.dst@17 #x02)
       (bvule migrate0.anon_vma@17 #x01)
       (bvule migrate0.cursor@17 #x01)
       (bvule migrate0.page_was_mapped@17 #x01)
       (bvule migrate0.ok@17 #x01)
       (bvule migrate0.pass@17 #x00)
       (bvule gup0.pc@17 #x05)
       (bvule gup0.page@17 #x02)
       (bvule fault0.pc@17 #x0c)
       (bvule fault0.old_page@17 #x02)
       (bvule fault0.new_page@17 #x02))))))))))))))))))))
(assert (let ((a!1 (or (not (not (= |pte[P0][0]@17| #x00)))
               (= (ite (= |pte.folio[P0][0]@17| #x00)
                       |folio.data[F0]@17|
                       |folio.data[F1]@17|)
                  |expected[P0][0]@17|)))
      (a!2 (not (= (ite (= |pte.folio[P0][0]@17| #x00)
                        |folio.data[F0]@17|
                        |folio.data[F1]@17|)
                   |expected[P0][0]@17|))))
  (or (not a!1)
      (and (= fault0.pc@17 #x00)
           (not (= |alive[P0]@17| #x00))
           (= |pte[P0][0]@17| #x01)
           a!2)
      (and (= fault0.pc@17 #x02)
           (= |pte[P0][0]@17| #x00)
           (not (= |expected[P0][0]@17| #x00))))))
(model-add |alive[P0]@0| () (_ BitVec 8) #x01)
(model-add |pte[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |pte.folio[P0][0]@0| () (_ BitVec 8) #x00)
(model-add |pte.write[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |expected[P0][0]@0| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@0| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@0| () (_ BitVec 8) #x01)
(model-add |anon_vma.refcount[av0]@0| () (_ BitVec 8) #x01)
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
(model-add |folio.mapping[F1]@0| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.data[F0]@0| () (_ BitVec 8) #x01)
(model-add |folio.data[F1]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@0| () (_ BitVec 8) #x00)
(model-add |folio.node[F1]@0| () (_ BitVec 8) #x00)
(model-add gup0.wait_folio@0 () (_ BitVec 8) #x02)
(model-add fault0.wait_folio@0 () (_ BitVec 8) #x02)
(model-add |&mm->mmap_lock.writer[P0]@0| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@0| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@0| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@0| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@0| () (_ BitVec 8) #x00)
(model-add migrate0.pc@0 () (_ BitVec 8) #x00)
(model-add migrate0.isolated@0 () (_ BitVec 8) #x00)
(model-add migrate0.dst@0 () (_ BitVec 8) #x02)
(model-add migrate0.anon_vma@0 () (_ BitVec 8) #x01)
(model-add migrate0.cursor@0 () (_ BitVec 8) #x00)
(model-add migrate0.page_was_mapped@0 () (_ BitVec 8) #x00)
(model-add migrate0.ok@0 () (_ BitVec 8) #x00)
(model-add migrate0.pass@0 () (_ BitVec 8) #x00)
(model-add gup0.pc@0 () (_ BitVec 8) #x00)
(model-add gup0.page@0 () (_ BitVec 8) #x02)
(model-add fault0.pc@0 () (_ BitVec 8) #x00)
(model-add fault0.old_page@0 () (_ BitVec 8) #x02)
(model-add fault0.new_page@0 () (_ BitVec 8) #x02)
(model-add |alive[P0]@1| () (_ BitVec 8) #x01)
(model-add |pte.folio[P0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.list[av0][0]@1| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@1| () (_ BitVec 8) #x01)
(model-add |folio.mapcount[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@1| () (_ BitVec 8) #x00)
(model-add |PG_anon_exclusive[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.mapping[F1]@1| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@1| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.data[F1]@1| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@1| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@1| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@1| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@1| () (_ BitVec 8) #x00)
(model-add |PG_locked[F1]@1| () (_ BitVec 8) #x00)
(model-add fault0.old_page@1 () (_ BitVec 8) #x02)
(model-add fault0.new_page@1 () (_ BitVec 8) #x02)
(model-add migrate0.pass@1 () (_ BitVec 8) #x00)
(model-add |alive[P0]@2| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@2| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@2| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@2| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@2| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@2| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@2| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@2| () (_ BitVec 8) #x00)
(model-add fault0.old_page@2 () (_ BitVec 8) #x02)
(model-add fault0.new_page@2 () (_ BitVec 8) #x02)
(model-add migrate0.pass@2 () (_ BitVec 8) #x00)
(model-add |alive[P0]@3| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@3| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@3| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@3| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@3| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@3| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@3| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@3| () (_ BitVec 8) #x00)
(model-add fault0.old_page@3 () (_ BitVec 8) #x02)
(model-add fault0.new_page@3 () (_ BitVec 8) #x02)
(model-add migrate0.pass@3 () (_ BitVec 8) #x00)
(model-add |alive[P0]@4| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@4| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@4| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@4| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@4| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@4| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@4| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@4| () (_ BitVec 8) #x00)
(model-add fault0.old_page@4 () (_ BitVec 8) #x02)
(model-add fault0.new_page@4 () (_ BitVec 8) #x02)
(model-add migrate0.pass@4 () (_ BitVec 8) #x00)
(model-add |alive[P0]@5| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@5| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@5| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@5| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@5| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@5| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@5| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@5| () (_ BitVec 8) #x00)
(model-add fault0.old_page@5 () (_ BitVec 8) #x02)
(model-add fault0.new_page@5 () (_ BitVec 8) #x02)
(model-add migrate0.pass@5 () (_ BitVec 8) #x00)
(model-add |alive[P0]@6| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@6| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@6| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@6| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@6| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@6| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@6| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@6| () (_ BitVec 8) #x00)
(model-add fault0.old_page@6 () (_ BitVec 8) #x02)
(model-add fault0.new_page@6 () (_ BitVec 8) #x02)
(model-add migrate0.pass@6 () (_ BitVec 8) #x00)
(model-add |alive[P0]@7| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@7| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@7| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@7| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@7| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@7| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@7| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@7| () (_ BitVec 8) #x00)
(model-add fault0.old_page@7 () (_ BitVec 8) #x02)
(model-add fault0.new_page@7 () (_ BitVec 8) #x02)
(model-add migrate0.pass@7 () (_ BitVec 8) #x00)
(model-add |alive[P0]@8| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@8| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@8| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@8| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@8| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@8| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@8| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@8| () (_ BitVec 8) #x00)
(model-add fault0.old_page@8 () (_ BitVec 8) #x02)
(model-add fault0.new_page@8 () (_ BitVec 8) #x02)
(model-add migrate0.pass@8 () (_ BitVec 8) #x00)
(model-add |alive[P0]@9| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@9| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@9| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@9| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@9| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@9| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@9| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@9| () (_ BitVec 8) #x00)
(model-add fault0.old_page@9 () (_ BitVec 8) #x02)
(model-add fault0.new_page@9 () (_ BitVec 8) #x02)
(model-add migrate0.pass@9 () (_ BitVec 8) #x00)
(model-add |alive[P0]@10| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@10| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@10| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@10| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@10| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@10| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@10| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@10| () (_ BitVec 8) #x00)
(model-add fault0.old_page@10 () (_ BitVec 8) #x02)
(model-add fault0.new_page@10 () (_ BitVec 8) #x02)
(model-add migrate0.pass@10 () (_ BitVec 8) #x00)
(model-add |alive[P0]@11| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@11| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@11| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@11| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@11| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@11| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@11| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@11| () (_ BitVec 8) #x00)
(model-add fault0.old_page@11 () (_ BitVec 8) #x02)
(model-add fault0.new_page@11 () (_ BitVec 8) #x02)
(model-add migrate0.pass@11 () (_ BitVec 8) #x00)
(model-add |alive[P0]@12| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@12| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@12| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@12| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@12| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@12| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@12| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@12| () (_ BitVec 8) #x00)
(model-add fault0.old_page@12 () (_ BitVec 8) #x02)
(model-add fault0.new_page@12 () (_ BitVec 8) #x02)
(model-add migrate0.pass@12 () (_ BitVec 8) #x00)
(model-add |alive[P0]@13| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@13| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@13| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@13| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@13| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@13| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@13| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@13| () (_ BitVec 8) #x00)
(model-add fault0.old_page@13 () (_ BitVec 8) #x02)
(model-add fault0.new_page@13 () (_ BitVec 8) #x02)
(model-add migrate0.pass@13 () (_ BitVec 8) #x00)
(model-add |alive[P0]@14| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@14| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@14| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@14| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@14| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@14| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@14| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@14| () (_ BitVec 8) #x00)
(model-add fault0.old_page@14 () (_ BitVec 8) #x02)
(model-add fault0.new_page@14 () (_ BitVec 8) #x02)
(model-add migrate0.pass@14 () (_ BitVec 8) #x00)
(model-add |alive[P0]@15| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@15| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@15| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@15| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@15| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@15| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@15| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@15| () (_ BitVec 8) #x00)
(model-add fault0.old_page@15 () (_ BitVec 8) #x02)
(model-add fault0.new_page@15 () (_ BitVec 8) #x02)
(model-add migrate0.pass@15 () (_ BitVec 8) #x00)
(model-add |alive[P0]@16| () (_ BitVec 8) #x01)
(model-add |anon_vma.list[av0][0]@16| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@16| () (_ BitVec 8) #x01)
(model-add |folio.index[F0]@16| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@16| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.writer[P0]@16| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.writer[av0]@16| () (_ BitVec 8) #x00)
(model-add |ptlock_ptr(page)[P0]@16| () (_ BitVec 8) #x00)
(model-add fault0.old_page@16 () (_ BitVec 8) #x02)
(model-add fault0.new_page@16 () (_ BitVec 8) #x02)
(model-add migrate0.pass@16 () (_ BitVec 8) #x00)
(model-add |alive[P0]@17| () (_ BitVec 8) #x01)
(model-add |pte.write[P0][0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |pte.folio[P0][0]@16| #x00))
                               (not (= |pte[P0][0]@16| #x01)))
                           |pte.write[P0][0]@16|
                           #x00))
                 (a!2 (ite (or (not (= |pte.folio[P0][0]@16| #x00))
                               (= |pte[P0][0]@16| #x01)
                               (= |pte[P0][0]@16| #x00)
                               (not (= rule@16 #x18)))
                           |pte.write[P0][0]@16|
                           (ite (= |pte[P0][0]@16| #x04) #x01 #x00))))
             (ite (= rule@16 #x10) a!1 a!2)))
(model-add |anon_vma.list[av0][0]@17| () (_ BitVec 8) #x00)
(model-add |anon_vma.len[av0]@17| () (_ BitVec 8) #x01)
(model-add |folio.used[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@16| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |folio.used[F0]@16|
                                |folio.used[F1]@16|)))
                 (a!4 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |folio.used[F0]@16|
                                |folio.used[F1]@16|))))
           (let ((a!3 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x00)))
                           |folio.used[F0]@16|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x21)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |folio.used[F0]@16|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1e)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |folio.used[F0]@16|)
                                a!6)
                           a!4)))
           (let ((a!8 (ite (or (not (= rule@16 #x03)) a!1) a!7 #x01)))
             (ite (= rule@16 #x02)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.used[F0]@16|)
                  a!8))))))))
(model-add |folio.used[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@16| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |folio.used[F0]@16|
                                |folio.used[F1]@16|)))
                 (a!4 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |folio.used[F0]@16|
                                |folio.used[F1]@16|))))
           (let ((a!3 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x01)))
                           |folio.used[F1]@16|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@16 #x01))
                               (not (= rule@16 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x01)))
                           a!6
                           a!4)))
             (ite (or (not (= rule@16 #x03)) a!1) a!7 #x01)))))))
(model-add |PG_lru[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |PG_lru[F0]@16|
                                |PG_lru[F1]@16|)))
                 (a!3 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |PG_lru[F0]@16|
                                |PG_lru[F1]@16|))))
           (let ((a!2 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x00)))
                           |PG_lru[F0]@16|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x21)
                                (ite (= |folio.refcount[F0]@16| #x01) #x00 #x01)
                                a!2)
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1e)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |PG_lru[F0]@16|)
                                a!5)
                           a!3)))
           (let ((a!7 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x16)))
                           a!6
                           #x01)))
             (ite (= rule@16 #x00)
                  #x00
                  (ite (= rule@16 #x02)
                       (ite (= |folio.refcount[F0]@16| #x01)
                            #x00
                            |PG_lru[F0]@16|)
                       a!7)))))))))
(model-add |PG_lru[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |PG_lru[F0]@16|
                                |PG_lru[F1]@16|)))
                 (a!3 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |PG_lru[F0]@16|
                                |PG_lru[F1]@16|))))
           (let ((a!2 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x01)))
                           |PG_lru[F1]@16|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x01)))
                           a!2
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@16 #x01))
                               (not (= rule@16 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x01)))
                           a!5
                           a!3)))
             (ite (or (not (= rule@16 #x16)) (not (= migrate0.dst@16 #x01)))
                  a!6
                  #x01)))))))
(model-add |PG_anon_exclusive[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= |pte.folio[P0][0]@16| #x00))
                               (not (= |pte[P0][0]@16| #x01)))
                           |PG_anon_exclusive[F0]@16|
                           #x00))
                 (a!2 (not (= (ite (= migrate0.ok@16 #x00) #x00 migrate0.dst@16)
                              #x00)))
                 (a!3 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |PG_anon_exclusive[F0]@16|
                                |PG_anon_exclusive[F1]@16|)))
                 (a!5 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |PG_anon_exclusive[F0]@16|
                                |PG_anon_exclusive[F1]@16|)))
                 (a!9 (ite (= (ite (= migrate0.ok@16 #x00) #x00 migrate0.dst@16)
                              #x00)
                           |PG_anon_exclusive[F0]@16|
                           |PG_anon_exclusive[F1]@16|)))
           (let ((a!4 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x00)))
                           |PG_anon_exclusive[F0]@16|
                           a!3))
                 (a!10 (ite (or (= |pte[P0][0]@16| #x02)
                                (not (= |pte.folio[P0][0]@16| #x00))
                                (= |pte[P0][0]@16| #x01)
                                (= |pte[P0][0]@16| #x00))
                            a!9
                            #x01)))
           (let ((a!6 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x21)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |PG_anon_exclusive[F0]@16|)
                                a!4)
                           a!5)))
           (let ((a!7 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x1f)))
                           a!6
                           a!5)))
           (let ((a!8 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1e)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |PG_anon_exclusive[F0]@16|)
                                a!7)
                           a!5)))
           (let ((a!11 (ite (or (not (= rule@16 #x18)) a!2) a!8 a!10)))
             (ite (= rule@16 #x02)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |PG_anon_exclusive[F0]@16|)
                  (ite (= rule@16 #x10) a!1 a!11)))))))))
(model-add |PG_anon_exclusive[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.ok@16 #x00) #x00 migrate0.dst@16)
                              #x01)))
                 (a!2 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |PG_anon_exclusive[F0]@16|
                                |PG_anon_exclusive[F1]@16|)))
                 (a!4 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |PG_anon_exclusive[F0]@16|
                                |PG_anon_exclusive[F1]@16|)))
                 (a!8 (ite (= (ite (= migrate0.ok@16 #x00) #x00 migrate0.dst@16)
                              #x00)
                           |PG_anon_exclusive[F0]@16|
                           |PG_anon_exclusive[F1]@16|)))
           (let ((a!3 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x01)))
                           |PG_anon_exclusive[F1]@16|
                           a!2))
                 (a!9 (ite (or (= |pte[P0][0]@16| #x02)
                               (not (= |pte.folio[P0][0]@16| #x00))
                               (= |pte[P0][0]@16| #x01)
                               (= |pte[P0][0]@16| #x00))
                           a!8
                           #x01)))
           (let ((a!5 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@16 #x01))
                               (not (= rule@16 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x01)))
                           a!6
                           a!4)))
             (ite (or (not (= rule@16 #x18)) a!1) a!7 a!9)))))))
(model-add |folio.mapping[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x01
                           (ite (= gup0.page@16 #x00)
                                |folio.mapping[F0]@16|
                                |folio.mapping[F1]@16|)))
                 (a!3 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x01
                           (ite (= migrate0.dst@16 #x00)
                                |folio.mapping[F0]@16|
                                |folio.mapping[F1]@16|))))
           (let ((a!2 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x00)))
                           |folio.mapping[F0]@16|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x21)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x01
                                     |folio.mapping[F0]@16|)
                                a!2)
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1e)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x01
                                     |folio.mapping[F0]@16|)
                                a!5)
                           a!3)))
           (let ((a!7 (ite (or (not (= rule@16 #x12))
                               (not (= migrate0.dst@16 #x00)))
                           a!6
                           |folio.mapping[F0]@16|)))
             (ite (= rule@16 #x02)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x01
                       |folio.mapping[F0]@16|)
                  a!7))))))))
(model-add |folio.mapping[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x01
                           (ite (= gup0.page@16 #x00)
                                |folio.mapping[F0]@16|
                                |folio.mapping[F1]@16|)))
                 (a!3 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x01
                           (ite (= migrate0.dst@16 #x00)
                                |folio.mapping[F0]@16|
                                |folio.mapping[F1]@16|))))
           (let ((a!2 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x01)))
                           |folio.mapping[F1]@16|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x01)))
                           a!2
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@16 #x01))
                               (not (= rule@16 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x01)))
                           a!5
                           a!3)))
             (ite (or (not (= rule@16 #x12)) (not (= migrate0.dst@16 #x01)))
                  a!6
                  |folio.mapping[F0]@16|)))))))
(model-add |folio.index[F0]@17| () (_ BitVec 8) #x00)
(model-add |folio.index[F1]@17| () (_ BitVec 8) #x00)
(model-add |folio.node[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@16| #x00) #x00 #x01) #x00)))
                 (a!2 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |folio.node[F0]@16|
                                |folio.node[F1]@16|)))
                 (a!4 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |folio.node[F0]@16|
                                |folio.node[F1]@16|))))
           (let ((a!3 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x00)))
                           |folio.node[F0]@16|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x21)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |folio.node[F0]@16|)
                                a!3)
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1e)
                                (ite (= |folio.refcount[F0]@16| #x01)
                                     #x00
                                     |folio.node[F0]@16|)
                                a!6)
                           a!4)))
           (let ((a!8 (ite (or (not (= rule@16 #x03)) a!1)
                           a!7
                           (bvadd #x01 (bvmul #xff |folio.node[F0]@16|)))))
             (ite (= rule@16 #x02)
                  (ite (= |folio.refcount[F0]@16| #x01)
                       #x00
                       |folio.node[F0]@16|)
                  a!8))))))))
(model-add |folio.node[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@16| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= gup0.page@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= gup0.page@16 #x00)
                                |folio.node[F0]@16|
                                |folio.node[F1]@16|)))
                 (a!4 (ite (= (ite (= migrate0.dst@16 #x00)
                                   |folio.refcount[F0]@16|
                                   |folio.refcount[F1]@16|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@16 #x00)
                                |folio.node[F0]@16|
                                |folio.node[F1]@16|))))
           (let ((a!3 (ite (or (not (= rule@16 #x28))
                               (not (= gup0.page@16 #x01)))
                           |folio.node[F1]@16|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@16 #x20))
                               (not (= migrate0.dst@16 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@16 #x01))
                               (not (= rule@16 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= rule@16 #x1d))
                               (not (= migrate0.dst@16 #x01)))
                           a!6
                           a!4)))
             (ite (or (not (= rule@16 #x03)) a!1)
                  a!7
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@16|)))))))))
(model-add |&mm->mmap_lock.writer[P0]@17| () (_ BitVec 8) #x00)
(model-add |&mm->mmap_lock.readers[P0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@16 #x2b)
                           #x01
                           (ite (or (= rule@16 #x2e)
                                    (= rule@16 #x2c)
                                    (= rule@16 #x2f))
                                #xff
                                #x00))))
           (let ((a!2 (ite (= rule@16 #x22)
                           #x01
                           (ite (or (= rule@16 #x23) (= rule@16 #x26)) #xff a!1))))
             (bvadd a!2 |&mm->mmap_lock.readers[P0]@16|))))
(model-add |&anon_vma->rwsem.writer[av0]@17| () (_ BitVec 8) #x00)
(model-add |&anon_vma->rwsem.readers[av0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@16 #x11)
                           #xff
                           (ite (= rule@16 #x17)
                                #x01
                                (ite (= rule@16 #x19) #xff #x00)))))
             (bvadd (ite (= rule@16 #x0e) #x01 a!1)
                    |&anon_vma->rwsem.readers[av0]@16|)))
(model-add |ptlock_ptr(page)[P0]@17| () (_ BitVec 8) #x00)
(model-add |PG_locked[F0]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= rule@16 #x1a))
                               (not (= migrate0.dst@16 #x00)))
                           (ite (= rule@16 #x1c) #x00 |PG_locked[F0]@16|)
                           #x00)))
           (let ((a!2 (ite (or (not (= migrate0.dst@16 #x00))
                               (not (= rule@16 #x0d)))
                           a!1
                           #x01)))
             (ite (or (= rule@16 #x05) (= rule@16 #x08)) #x01 a!2))))
(model-add |PG_locked[F1]@17|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (not (= rule@16 #x1a))
                               (not (= migrate0.dst@16 #x01)))
                           |PG_locked[F1]@16|
                           #x00)))
             (ite (or (not (= migrate0.dst@16 #x01)) (not (= rule@16 #x0d)))
                  a!1
                  #x01)))
(model-add migrate0.pc@17
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= rule@16 #x1f)
                           #x01
                           (ite (= rule@16 #x20)
                                #x15
                                (ite (= rule@16 #x21) #x1f migrate0.pc@16)))))
           (let ((a!2 (ite (= rule@16 #x1c)
                           (ite (= migrate0.ok@16 #x00) #x14 #x12)
                           (ite (= rule@16 #x1d)
                                #x13
                                (ite (= rule@16 #x1e) #x1f a!1)))))
           (let ((a!3 (ite (= rule@16 #x19)
                           #x0f
                           (ite (= rule@16 #x1a)
                                #x10
                                (ite (= rule@16 #x1b) #x11 a!2)))))
           (let ((a!4 (ite (= rule@16 #x15)
                           #x0c
                           (ite (= rule@16 #x16)
                                (ite (= migrate0.page_was_mapped@16 #x00)
                                     #x0f
                                     #x0d)
                                (ite (= rule@16 #x17) #x0e a!3)))))
           (let ((a!5 (ite (= rule@16 #x12)
                           #x0b
                           (ite (or (= rule@16 #x13) (= rule@16 #x14))
                                (ite (= migrate0.page_was_mapped@16 #x00)
                                     #x0f
                                     #x0d)
                                a!4))))
           (let ((a!6 (ite (= rule@16 #x0e)
                           #x09
                           (ite (or (= rule@16 #x0f) (= rule@16 #x11)) #x0a a!5))))
           (let ((a!7 (ite (= rule@16 #x09)
                           #x05
                           (ite (or (= rule@16 #x0c)
                                    (= rule@16 #x0b)
                                    (= rule@16 #x0a))
                                #x06
                                (ite (= rule@16 #x0d) #x08 a!6)))))
           (let ((a!8 (ite (= rule@16 #x06)
                           #x14
                           (ite (= rule@16 #x07)
                                #x03
                                (ite (= rule@16 #x08) #x04 a!7)))))
           (let ((a!9 (ite (= rule@16 #x03)
                           #x02
                           (ite (= rule@16 #x04)
                                #x15
                                (ite (= rule@16 #x05) #x04 a!8)))))
             (ite (= rule@16 #x00)
                  #x01
                  (ite (or (= rule@16 #x01) (= rule@16 #x02)) #x1f a!9))))))))))))
(model-add migrate0.isolated@17
           ()
           (_ BitVec 8)
           (ite (= rule@16 #x00)
                #x01
                (ite (or (= rule@16 #x02) (= rule@16 #x21) (= rule@16 #x1e))
                     #x00
                     migrate0.isolated@16)))
(model-add migrate0.anon_vma@17
           ()
           (_ BitVec 8)
           (ite (= rule@16 #x09)
                |folio.mapping[F0]@16|
                (ite (or (= rule@16 #x0b) (= rule@16 #x1b))
                     #x01
                     migrate0.anon_vma@16)))
(model-add migrate0.cursor@17
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (or (= rule@16 #x11) (= rule@16 #x17))
                           #x00
                           (ite (= rule@16 #x18)
                                (bvadd #x01 migrate0.cursor@16)
                                (ite (= rule@16 #x19) #x00 migrate0.cursor@16)))))
             (ite (= rule@16 #x0e)
                  #x00
                  (ite (= rule@16 #x10) (bvadd #x01 migrate0.cursor@16) a!1))))
(model-add migrate0.page_was_mapped@17
           ()
           (_ BitVec 8)
           (ite (= rule@16 #x0e)
                #x01
                (ite (= rule@16 #x0f) #x00 migrate0.page_was_mapped@16)))
(model-add migrate0.ok@17
           ()
           (_ BitVec 8)
           (ite (or (= rule@16 #x13) (= rule@16 #x14) (= rule@16 #x06))
                #x00
                (ite (= rule@16 #x15) #x01 migrate0.ok@16)))
(model-add fault0.old_page@17 () (_ BitVec 8) #x02)
(model-add fault0.new_page@17 () (_ BitVec 8) #x02)
(model-add migrate0.pass@17 () (_ BitVec 8) #x00)
(model-add |PG_lru[F1]@16|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= gup0.page@15 #x00)
                                |PG_lru[F0]@15|
                                |PG_lru[F1]@15|)))
                 (a!3 (ite (= (ite (= migrate0.dst@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@15 #x00)
                                |PG_lru[F0]@15|
                                |PG_lru[F1]@15|))))
           (let ((a!2 (ite (or (not (= gup0.page@15 #x01))
                               (not (= rule@15 #x28)))
                           |PG_lru[F1]@15|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@15 #x20))
                               (not (= migrate0.dst@15 #x01)))
                           a!2
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1d)))
                           a!5
                           a!3)))
             (ite (or (not (= rule@15 #x16)) (not (= migrate0.dst@15 #x01)))
                  a!6
                  #x01)))))))
(model-add |PG_anon_exclusive[F1]@16|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= migrate0.ok@15 #x00) #x00 migrate0.dst@15)
                              #x01)))
                 (a!2 (ite (= (ite (= gup0.page@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= gup0.page@15 #x00)
                                |PG_anon_exclusive[F0]@15|
                                |PG_anon_exclusive[F1]@15|)))
                 (a!4 (ite (= (ite (= migrate0.dst@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@15 #x00)
                                |PG_anon_exclusive[F0]@15|
                                |PG_anon_exclusive[F1]@15|)))
                 (a!8 (ite (= (ite (= migrate0.ok@15 #x00) #x00 migrate0.dst@15)
                              #x00)
                           |PG_anon_exclusive[F0]@15|
                           |PG_anon_exclusive[F1]@15|)))
           (let ((a!3 (ite (or (not (= gup0.page@15 #x01))
                               (not (= rule@15 #x28)))
                           |PG_anon_exclusive[F1]@15|
                           a!2))
                 (a!9 (ite (or (= |pte[P0][0]@15| #x01)
                               (not (= |pte.folio[P0][0]@15| #x00))
                               (= |pte[P0][0]@15| #x00)
                               (= |pte[P0][0]@15| #x02))
                           a!8
                           #x01)))
           (let ((a!5 (ite (or (not (= rule@15 #x20))
                               (not (= migrate0.dst@15 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1d)))
                           a!6
                           a!4)))
             (ite (or (not (= rule@15 #x18)) a!1) a!7 a!9)))))))
(model-add |folio.mapping[F1]@16|
           ()
           (_ BitVec 8)
           (let ((a!1 (ite (= (ite (= gup0.page@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x01
                           (ite (= gup0.page@15 #x00)
                                |folio.mapping[F0]@15|
                                |folio.mapping[F1]@15|)))
                 (a!3 (ite (= (ite (= migrate0.dst@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x01
                           (ite (= migrate0.dst@15 #x00)
                                |folio.mapping[F0]@15|
                                |folio.mapping[F1]@15|))))
           (let ((a!2 (ite (or (not (= gup0.page@15 #x01))
                               (not (= rule@15 #x28)))
                           |folio.mapping[F1]@15|
                           a!1)))
           (let ((a!4 (ite (or (not (= rule@15 #x20))
                               (not (= migrate0.dst@15 #x01)))
                           a!2
                           a!3)))
           (let ((a!5 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1f)))
                           a!4
                           a!3)))
           (let ((a!6 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1d)))
                           a!5
                           a!3)))
             (ite (or (not (= migrate0.dst@15 #x01)) (not (= rule@15 #x12)))
                  a!6
                  |folio.mapping[F0]@15|)))))))
(model-add |folio.node[F1]@16|
           ()
           (_ BitVec 8)
           (let ((a!1 (not (= (ite (= |folio.used[F0]@15| #x00) #x00 #x01) #x01)))
                 (a!2 (ite (= (ite (= gup0.page@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= gup0.page@15 #x00)
                                |folio.node[F0]@15|
                                |folio.node[F1]@15|)))
                 (a!4 (ite (= (ite (= migrate0.dst@15 #x00)
                                   |folio.refcount[F0]@15|
                                   |folio.refcount[F1]@15|)
                              #x01)
                           #x00
                           (ite (= migrate0.dst@15 #x00)
                                |folio.node[F0]@15|
                                |folio.node[F1]@15|))))
           (let ((a!3 (ite (or (not (= gup0.page@15 #x01))
                               (not (= rule@15 #x28)))
                           |folio.node[F1]@15|
                           a!2)))
           (let ((a!5 (ite (or (not (= rule@15 #x20))
                               (not (= migrate0.dst@15 #x01)))
                           a!3
                           a!4)))
           (let ((a!6 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1f)))
                           a!5
                           a!4)))
           (let ((a!7 (ite (or (not (= migrate0.dst@15 #x01))
                               (not (= rule@15 #x1d)))
                           a!6
                           a!4)))
             (ite (or (not (= rule@15 #x03)) a!1)
                  a!7
                  (bvadd #x01 (bvmul #xff |folio.node[F0]@15|)))))))))
(model-add migrate0.isolated@16
           ()
           (_ BitVec 8)
           (ite (= rule@15 #x00)
                #x01
                (ite (or (= rule@15 #x02) (= rule@15 #x21) (= rule@15 #x1e))
                     #x00
                     migrate0.isolated@15)))
(model-add migrate0.page_was_mapped@16
           ()
           (_ BitVec 8)
           (ite (= rule@15 #x0e)
                #x01
                (ite (= rule@15 #x0f) #x00 migrate0.page_was_mapped@15)))
(model-add migrate0.isolated@15
           ()
           (_ BitVec 8)
           (ite (= rule@14 #x00)
                #x01
                (ite (or (= rule@14 #x02) (= rule@14 #x21) (= rule@14 #x1e))
                     #x00
                     migrate0.isolated@14)))
(model-add migrate0.isolated@14
           ()
           (_ BitVec 8)
           (ite (= rule@13 #x00)
                #x01
                (ite (or (= rule@13 #x02) (= rule@13 #x1e) (= rule@13 #x21))
                     #x00
                     migrate0.isolated@13)))
(model-add migrate0.isolated@13
           ()
           (_ BitVec 8)
           (ite (= rule@12 #x00)
                #x01
                (ite (or (= rule@12 #x1e) (= rule@12 #x02) (= rule@12 #x21))
                     #x00
                     migrate0.isolated@12)))
(model-add migrate0.isolated@12
           ()
           (_ BitVec 8)
           (ite (= rule@11 #x00)
                #x01
                (ite (or (= rule@11 #x21) (= rule@11 #x1e) (= rule@11 #x02))
                     #x00
                     migrate0.isolated@11)))
(model-add migrate0.isolated@11
           ()
           (_ BitVec 8)
           (ite (= rule@10 #x00)
                #x01
                (ite (or (= rule@10 #x21) (= rule@10 #x1e) (= rule@10 #x02))
                     #x00
                     migrate0.isolated@10)))
(model-add migrate0.isolated@10
           ()
           (_ BitVec 8)
           (ite (= rule@9 #x00)
                #x01
                (ite (or (= rule@9 #x1e) (= rule@9 #x21) (= rule@9 #x02))
                     #x00
                     migrate0.isolated@9)))
(model-add migrate0.isolated@9
           ()
           (_ BitVec 8)
           (ite (= rule@8 #x00)
                #x01
                (ite (or (= rule@8 #x02) (= rule@8 #x1e) (= rule@8 #x21))
                     #x00
                     migrate0.isolated@8)))
(model-add migrate0.isolated@8
           ()
           (_ BitVec 8)
           (ite (= rule@7 #x00)
                #x01
                (ite (or (= rule@7 #x1e) (= rule@7 #x02) (= rule@7 #x21))
                     #x00
                     migrate0.isolated@7)))
(model-add migrate0.isolated@7
           ()
           (_ BitVec 8)
           (ite (= rule@6 #x00)
                #x01
                (ite (or (= rule@6 #x21) (= rule@6 #x1e) (= rule@6 #x02))
                     #x00
                     migrate0.isolated@6)))
(check-sat)
