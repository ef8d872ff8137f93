/// Raw x86-64 page-table entry values as Linux's `set_migration_pte` and
/// `remove_migration_pte` tracepoints print them, decoded from the kernel's
/// own encoding (arch/x86/include/asm/pgtable_64.h, pgtable_types.h,
/// include/linux/swapops.h, include/linux/swap.h; the same in 6.1 and 6.12,
/// checked against Debian's linux-headers-6.1.0-57-common and
/// linux-headers-6.12.117+deb12-common):
///
/// - present PTE: bit 0 P, 1 RW, 2 USER, 5 ACCESSED, 6 DIRTY, 11 SOFT_DIRTY,
///   pfn in bits 12...51, 63 NX; since 6.6 also bit 58 SAVED_DIRTY
///   (`_PAGE_BIT_SOFTW5`: the dirty bit of a write-protected PTE when user
///   shadow stacks are on; bit 58 is `_PAGE_BIT_DEVMAP` in 6.1);
/// - swap PTE (P = 0): type in bits 59...63, offset in bits 9...58 stored
///   inverted (L1TF), swap flag bits 1 soft-dirty, 2 uffd-wp, 3 exclusive
///   (pgtable_64.h's table `| TYPE (59-63) | ~OFFSET (9-58) |0|0|X|X| X| E|F|SD|0|`,
///   unchanged from 6.1 to 6.12); a migration entry's offset is the pfn, then
///   the young and dirty bits (`SWP_MIG_YOUNG_BIT`, `SWP_MIG_DIRTY_BIT` =
///   `SWP_PFN_BITS` + 0 / 1).
public enum X86PTE {
  /// What a kernel build puts where: the migration swap types (they count
  /// down from 31 by configuration, see `SwapTypes`) and the pfn width (4- or
  /// 5-level paging).
  public struct Layout: Sendable, Equatable {
    /// `SWP_MIGRATION_READ`; READ_EXCLUSIVE and WRITE follow it.
    public var migrationRead: Int
    /// `SWP_PFN_BITS` = `MAX_PHYSMEM_BITS` - 12: 34 with 4-level paging, 40 with 5-level.
    public var pfnBits: Int
    /// Bit 58 of a present PTE is `_PAGE_SAVED_DIRTY` (x86-64, Linux 6.6 and later).
    public var savedDirty: Bool
    public init(migrationRead: Int, pfnBits: Int, savedDirty: Bool = false) {
      self.migrationRead = migrationRead; self.pfnBits = pfnBits; self.savedDirty = savedDirty
    }
    /// Debian's 6.1 amd64 kernel (DEVICE_PRIVATE off, MEMORY_FAILURE, PTE_MARKER,
    /// SWAPIN_ERROR on) under 4-level paging (QEMU's default CPU has no LA57).
    public static let debian61 = Layout(migrationRead: 27, pfnBits: 34)
    /// Debian's 6.12 amd64 kernel (DEVICE_PRIVATE off, MEMORY_FAILURE on; PTE
    /// markers always, no SWAPIN_ERROR type) under 4-level paging.
    public static let debian612 = Layout(migrationRead: 28, pfnBits: 34, savedDirty: true)
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
      return .present(pfn: (v & 0x000f_ffff_ffff_f000) >> 12, write: bit(1), accessed: bit(5),
                      dirty: bit(6) || (layout.savedDirty && bit(58)), softDirty: bit(11))
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

/// A kernel release as `uname -r` prints it (`6.1.0-56-amd64`,
/// `6.12.117+deb12-amd64`, `6.13.0-rc1`): its major and minor version.
public struct KernelVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
  public var major: Int
  public var minor: Int
  public init(_ major: Int, _ minor: Int) { self.major = major; self.minor = minor }
  /// nil when the release does not start with `MAJOR.MINOR`.
  public init?(release: String) {
    let digits = release.split(whereSeparator: { !$0.isNumber }).prefix(2)
    guard digits.count == 2, release.first?.isNumber == true, let a = Int(digits[digits.startIndex]), let b = Int(digits[digits.startIndex + 1]) else { return nil }
    major = a; minor = b
  }
  public static func < (a: KernelVersion, b: KernelVersion) -> Bool { (a.major, a.minor) < (b.major, b.minor) }
  public var description: String { "\(major).\(minor)" }
}

/// The model of Linux's migration protocol a kernel release is checked
/// against: `folio-6.1` for 6.1 and 6.2 (one folio at a time in
/// `migrate_pages()`), `folio-6.12` from 6.3 on (batched
/// `migrate_pages_batch()`: every folio of a batch unmapped before the first
/// is moved). Releases before 6.1, or unreadable ones, get `folio-6.1`.
public func modelName(forKernelRelease release: String) -> String {
  guard let v = KernelVersion(release: release) else { return "folio-6.1" }
  return v >= KernelVersion(6, 3) ? "folio-6.12" : "folio-6.1"
}

/// A kernel build configuration (`/boot/config-*`, `.config`): `CONFIG_X=y|m|VALUE`
/// and `# CONFIG_X is not set` lines; anything else is ignored.
public struct KernelConfig: Sendable, Equatable {
  /// Values without quotes; options not set are "n".
  public var values: [String: String] = [:]
  public init(_ values: [String: String] = [:]) { self.values = values }
  public init(parsing text: String) {
    for raw in text.split(whereSeparator: \.isNewline) {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("# CONFIG_"), line.hasSuffix(" is not set") {
        values[String(line.dropFirst(2).dropLast(" is not set".count))] = "n"
      } else if line.hasPrefix("CONFIG_"), let eq = line.firstIndex(of: "=") {
        var v = String(line[line.index(after: eq)...])
        if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
        values[String(line[..<eq])] = v
      }
    }
  }
  /// `=y` (built in). Modules (`=m`) do not count: the options the swap layout depends on are all bool.
  public func enabled(_ option: String) -> Bool { values[option] == "y" }
  /// Whether the config says anything about `option` (set or explicitly not set).
  public func mentions(_ option: String) -> Bool { values[option] != nil }
  /// The options the PTE layout depends on, in `CONFIG_X=V` form (`n` for not set), for a capture's marker line.
  public var layoutFacts: [String] {
    SwapTypes.options.map { "\($0)=\(values[$0] ?? "n")" }
  }
}

/// Linux's swap-type numbering (include/linux/swap.h) for one build: five
/// bits of type, the highest numbers taken by special entries, the rest
/// (`MAX_SWAPFILES`) by swap devices.
///
/// Both versions' header (Debian's linux-headers-6.1.0-57-common and
/// linux-headers-6.12.117+deb12-common, include/linux/swap.h):
///
///     #define MAX_SWAPFILES_SHIFT 5
///     #ifdef CONFIG_DEVICE_PRIVATE  #define SWP_DEVICE_NUM 4     (device READ/WRITE, EXCLUSIVE_READ/WRITE)  #else 0
///     #ifdef CONFIG_MIGRATION       #define SWP_MIGRATION_NUM 3  (READ, READ_EXCLUSIVE, WRITE)             #else 0
///     #ifdef CONFIG_MEMORY_FAILURE  #define SWP_HWPOISON_NUM 1   #else 0
///     #define SWP_MIGRATION_READ (MAX_SWAPFILES + SWP_HWPOISON_NUM)
///     #define SWP_MIGRATION_READ_EXCLUSIVE (MAX_SWAPFILES + SWP_HWPOISON_NUM + 1)
///     #define SWP_MIGRATION_WRITE (MAX_SWAPFILES + SWP_HWPOISON_NUM + 2)
///
/// 6.1 (and 6.0):
///
///     #define SWP_SWAPIN_ERROR_NUM 1
///     #ifdef CONFIG_PTE_MARKER      #define SWP_PTE_MARKER_NUM 1 #else 0
///     #define MAX_SWAPFILES ((1 << MAX_SWAPFILES_SHIFT) - SWP_DEVICE_NUM - SWP_MIGRATION_NUM
///                            - SWP_HWPOISON_NUM - SWP_PTE_MARKER_NUM - SWP_SWAPIN_ERROR_NUM)
///
/// 6.2 and later (commit 15520a3f0469 "mm: use pte markers for swap errors"
/// dropped the SWAPIN_ERROR type, and PTE markers are always compiled in):
///
///     #define SWP_PTE_MARKER_NUM 1
///     #define MAX_SWAPFILES ((1 << MAX_SWAPFILES_SHIFT) - SWP_DEVICE_NUM - SWP_MIGRATION_NUM
///                            - SWP_HWPOISON_NUM - SWP_PTE_MARKER_NUM)
///
/// Debian: 6.1 32 - 0 - 3 - 1 - 1 - 1 = 26, SWP_MIGRATION_READ = 27;
/// 6.12 32 - 0 - 3 - 1 - 1 = 27, SWP_MIGRATION_READ = 28. Kernels after 6.12
/// are taken to number as 6.12 does (not checked here: give
/// `--swp-migration-read` if their header differs); before 6.0 the layout is
/// not derived.
public struct SwapTypes: Sendable, Equatable, CustomStringConvertible {
  public var device: Int
  public var migration: Int
  public var hwpoison: Int
  public var pteMarker: Int
  public var swapinError: Int
  public var maxSwapfiles: Int { (1 << 5) - device - migration - hwpoison - pteMarker - swapinError }
  public var migrationRead: Int { maxSwapfiles + hwpoison }

  /// The configuration options the numbering depends on.
  public static let options = ["CONFIG_MIGRATION", "CONFIG_MEMORY_FAILURE", "CONFIG_DEVICE_PRIVATE", "CONFIG_PTE_MARKER", "CONFIG_X86_5LEVEL"]

  public struct Unknown: Error, CustomStringConvertible, Sendable {
    public let description: String
  }

  /// The numbering of a `version` kernel built with `config`.
  public static func derive(config: KernelConfig, version: KernelVersion) throws(Unknown) -> SwapTypes {
    guard version >= KernelVersion(6, 0) else {
      throw Unknown(description: "swap types are derived for Linux 6.0 and later, not \(version): give --swp-migration-read")
    }
    guard config.enabled("CONFIG_MIGRATION") else {
      throw Unknown(description: "CONFIG_MIGRATION is not set: this kernel has no migration entries")
    }
    let old = version < KernelVersion(6, 2)
    return SwapTypes(device: config.enabled("CONFIG_DEVICE_PRIVATE") ? 4 : 0, migration: 3,
                     hwpoison: config.enabled("CONFIG_MEMORY_FAILURE") ? 1 : 0,
                     pteMarker: old ? (config.enabled("CONFIG_PTE_MARKER") ? 1 : 0) : 1,
                     swapinError: old ? 1 : 0)
  }

  public var description: String {
    "MAX_SWAPFILES = 32 - \(device) device - \(migration) migration - \(hwpoison) hwpoison - \(pteMarker) pte-marker\(swapinError > 0 ? " - \(swapinError) swapin-error" : "") = \(maxSwapfiles), SWP_MIGRATION_READ = \(migrationRead)"
  }
}

extension X86PTE.Layout {
  /// The layout of a `release` kernel built with `config`, on a CPU with or
  /// without 5-level paging (`la57` in /proc/cpuinfo):
  /// `SWP_PFN_BITS` = `MAX_PHYSMEM_BITS` - `PAGE_SHIFT`, `MAX_PHYSMEM_BITS` =
  /// `pgtable_l5_enabled() ? 52 : 46` (arch/x86/include/asm/sparsemem.h) with
  /// `CONFIG_X86_5LEVEL`, 46 without.
  public static func derive(config: KernelConfig, release: String, la57: Bool = false) throws(SwapTypes.Unknown) -> (layout: X86PTE.Layout, types: SwapTypes) {
    guard let version = KernelVersion(release: release) else {
      throw SwapTypes.Unknown(description: "cannot read a version from the kernel release \"\(release)\": give --swp-migration-read")
    }
    let types = try SwapTypes.derive(config: config, version: version)
    let fiveLevel = la57 && (config.enabled("CONFIG_X86_5LEVEL") || version >= KernelVersion(6, 16))
    return (X86PTE.Layout(migrationRead: types.migrationRead, pfnBits: fiveLevel ? 40 : 34, savedDirty: version >= KernelVersion(6, 6)), types)
  }

  /// Debian's amd64 configuration as far as the layout goes (both 6.1 and 6.12):
  /// for captures that carry no config.
  public static let debianConfig = KernelConfig(["CONFIG_MIGRATION": "y", "CONFIG_MEMORY_FAILURE": "y", "CONFIG_DEVICE_PRIVATE": "n",
                                                 "CONFIG_PTE_MARKER": "y", "CONFIG_X86_5LEVEL": "y"])
}
