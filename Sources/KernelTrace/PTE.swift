/// Raw x86-64 page-table entry values as Linux 6.1's `set_migration_pte` and
/// `remove_migration_pte` tracepoints print them, decoded from the kernel's
/// own encoding (arch/x86/include/asm/pgtable_64.h, pgtable_types.h,
/// include/linux/swapops.h, include/linux/swap.h of 6.1):
///
/// - present PTE: bit 0 P, 1 RW, 2 USER, 5 ACCESSED, 6 DIRTY, 11 SOFT_DIRTY,
///   pfn in bits 12...51, 63 NX;
/// - swap PTE (P = 0): type in bits 59...63, offset in bits 9...58 stored
///   inverted (L1TF), swap flag bits 1 soft-dirty, 2 uffd-wp, 3 exclusive;
///   a migration entry's offset is the pfn, then the young and dirty bits
///   (`SWP_MIG_YOUNG_BIT`, `SWP_MIG_DIRTY_BIT` = `SWP_PFN_BITS` + 0 / 1).
public enum X86PTE {
  /// What a kernel build puts where: the migration swap types (they count
  /// down from 31 by configuration) and the pfn width (4- or 5-level paging).
  public struct Layout: Sendable, Equatable {
    /// `SWP_MIGRATION_READ`; READ_EXCLUSIVE and WRITE follow it.
    public var migrationRead: Int
    /// `SWP_PFN_BITS` = `MAX_PHYSMEM_BITS` - 12: 34 with 4-level paging, 40 with 5-level.
    public var pfnBits: Int
    public init(migrationRead: Int, pfnBits: Int) { self.migrationRead = migrationRead; self.pfnBits = pfnBits }
    /// Debian's 6.1 amd64 kernel (DEVICE_PRIVATE off, MEMORY_FAILURE, PTE_MARKER,
    /// SWAPIN_ERROR on) under 4-level paging (QEMU's default CPU has no LA57).
    public static let debian61 = Layout(migrationRead: 27, pfnBits: 34)
  }

  public enum MigrationKind: String, Sendable, Equatable { case read, readExclusive = "read-exclusive", write }

  public enum Decoded: Sendable, Equatable {
    case none
    case present(pfn: UInt64, write: Bool, accessed: Bool, dirty: Bool, softDirty: Bool)
    case migration(kind: MigrationKind, pfn: UInt64, young: Bool, dirty: Bool, exclusive: Bool, softDirty: Bool)
    /// Any other swap-format entry (a swap slot, hwpoison, a PTE marker …).
    case swap(type: Int, offset: UInt64)
  }

  public static func decode(_ v: UInt64, layout: Layout = .debian61) -> Decoded {
    if v == 0 { return .none }
    func bit(_ n: Int) -> Bool { (v >> UInt64(n)) & 1 != 0 }
    if bit(0) {
      return .present(pfn: (v & 0x000f_ffff_ffff_f000) >> 12, write: bit(1), accessed: bit(5), dirty: bit(6), softDirty: bit(11))
    }
    let type = Int(v >> 59)
    let offset = (~v << 5) >> 14
    let k = type - layout.migrationRead
    guard (0...2).contains(k) else { return .swap(type: type, offset: offset) }
    let mask = (UInt64(1) << UInt64(layout.pfnBits)) - 1
    return .migration(kind: [MigrationKind.read, .readExclusive, .write][k], pfn: offset & mask,
                      young: (offset >> UInt64(layout.pfnBits)) & 1 != 0, dirty: (offset >> UInt64(layout.pfnBits + 1)) & 1 != 0,
                      exclusive: bit(3), softDirty: bit(1))
  }
}
