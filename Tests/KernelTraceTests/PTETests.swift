import Testing
@testable import KernelTrace

/// The four values Debian's 6.1.0 kernel printed for one folio mapped by a
/// parent and two forked children, moved with move_pages(2) (kernel-facts.md §6).
@Suite struct PTETests {
  @Test func parentsMigrationEntryIsReadYoungDirty() {
    #expect(X86PTE.decode(0xdfffe7fff8037c02) == .migration(kind: .read, pfn: 0x3fe41, young: true, dirty: true, exclusive: false, softDirty: true))
  }

  @Test func childsEntryIsTheSameFolioButOld() {
    // fork's copy_present_pte made the child's PTE old: the YOUNG bit (offset bit 34) is clear.
    #expect(X86PTE.decode(0xdfffeffff8037c02) == .migration(kind: .read, pfn: 0x3fe41, young: false, dirty: true, exclusive: false, softDirty: true))
  }

  @Test func restoredPTEsAreReadOnlyOnTheNewPage() {
    #expect(X86PTE.decode(0x8000_0000_024f_1865) == .present(pfn: 0x24f1, write: false, accessed: true, dirty: true, softDirty: true))
    #expect(X86PTE.decode(0x8000_0000_024f_1845) == .present(pfn: 0x24f1, write: false, accessed: false, dirty: true, softDirty: true))
  }

  @Test func typesFollowTheLayout() {
    // A WRITE entry (type 29) and an exclusive READ_EXCLUSIVE one (type 28), built as __swp_entry does.
    func entry(type: UInt64, offset: UInt64, flags: UInt64 = 0) -> UInt64 { ((~offset << 14) >> 5) | (type << 59) | flags }
    #expect(X86PTE.decode(entry(type: 29, offset: 0x1234)) == .migration(kind: .write, pfn: 0x1234, young: false, dirty: false, exclusive: false, softDirty: false))
    #expect(X86PTE.decode(entry(type: 28, offset: 0x1234, flags: 1 << 3)) == .migration(kind: .readExclusive, pfn: 0x1234, young: false, dirty: false, exclusive: true, softDirty: false))
    #expect(X86PTE.decode(entry(type: 3, offset: 77)) == .swap(type: 3, offset: 77))
    #expect(X86PTE.decode(0) == .none)
    // Under a 5-level layout the same bits are part of the pfn.
    if case .migration(_, let pfn, let young, _, _, _) = X86PTE.decode(0xdfffe7fff8037c02, layout: .init(migrationRead: 27, pfnBits: 40)) {
      #expect(pfn == 0xc0003fe41 && !young)
    } else { Issue.record("not a migration entry") }
  }
}
