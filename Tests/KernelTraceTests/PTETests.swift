import Foundation
import Testing
@testable import KernelTrace

/// Excerpts of Debian's /boot/config-* (the CONFIG_ lines the layout depends on), in Tests/Captures.
func configExcerpt(_ release: String) throws -> KernelConfig {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Captures/config-\(release).excerpt")
  return KernelConfig(parsing: try String(contentsOf: url, encoding: .utf8))
}

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

  @Test func swapTypesOfDebian61And612FromTheirConfigs() throws {
    let c61 = try configExcerpt("6.1.0-57-amd64"), c612 = try configExcerpt("6.12.117+deb12-amd64")
    #expect(c61.enabled("CONFIG_MIGRATION") && c61.enabled("CONFIG_PTE_MARKER") && !c61.enabled("CONFIG_DEVICE_PRIVATE") && c61.mentions("CONFIG_DEVICE_PRIVATE"))
    #expect(!c612.enabled("CONFIG_PTE_MARKER") && !c612.mentions("CONFIG_PTE_MARKER"))  // always compiled in since 6.2: no option
    // 6.1: 32 - 0 device - 3 migration - 1 hwpoison - 1 pte marker - 1 swapin error = 26 swap files; READ = 26 + 1.
    let t61 = try SwapTypes.derive(config: c61, version: KernelVersion(6, 1))
    #expect(t61 == SwapTypes(device: 0, migration: 3, hwpoison: 1, pteMarker: 1, swapinError: 1) && t61.maxSwapfiles == 26 && t61.migrationRead == 27)
    // 6.12: no swapin-error type, the pte marker always: 27 swap files; READ = 28.
    let t612 = try SwapTypes.derive(config: c612, version: KernelVersion(6, 12))
    #expect(t612 == SwapTypes(device: 0, migration: 3, hwpoison: 1, pteMarker: 1, swapinError: 0) && t612.migrationRead == 28)
    #expect(try X86PTE.Layout.derive(config: c61, release: "6.1.0-57-amd64").layout == .debian61)
    #expect(try X86PTE.Layout.derive(config: c612, release: "6.12.117+deb12-amd64").layout == .debian612)
    // 5-level paging only with the CPU's la57 and the kernel's support.
    #expect(try X86PTE.Layout.derive(config: c612, release: "6.12.117+deb12-amd64", la57: true).layout.pfnBits == 40)
    var no5 = c612
    no5.values["CONFIG_X86_5LEVEL"] = "n"
    #expect(try X86PTE.Layout.derive(config: no5, release: "6.12.117+deb12-amd64", la57: true).layout.pfnBits == 34)
  }

  @Test func swapTypesFollowTheOptions() throws {
    var c = try configExcerpt("6.12.117+deb12-amd64")
    c.values["CONFIG_DEVICE_PRIVATE"] = "y"  // four device types (read, write, exclusive read, exclusive write) below migration's
    #expect(try SwapTypes.derive(config: c, version: KernelVersion(6, 12)).migrationRead == 24)
    c.values["CONFIG_MEMORY_FAILURE"] = "n"  // no hwpoison type: MAX_SWAPFILES grows by one, READ stays
    #expect(try SwapTypes.derive(config: c, version: KernelVersion(6, 12)).migrationRead == 24)
    var old = try configExcerpt("6.1.0-57-amd64")
    old.values["CONFIG_PTE_MARKER"] = "n"  // optional before 6.2
    #expect(try SwapTypes.derive(config: old, version: KernelVersion(6, 1)).migrationRead == 28)
    c.values["CONFIG_MIGRATION"] = "n"
    #expect(throws: SwapTypes.Unknown.self) { try SwapTypes.derive(config: c, version: KernelVersion(6, 12)) }
    #expect(throws: SwapTypes.Unknown.self) { try SwapTypes.derive(config: old, version: KernelVersion(5, 15)) }
    #expect(throws: SwapTypes.Unknown.self) { try X86PTE.Layout.derive(config: old, release: "unknown") }
  }

  @Test func configLinesAndReleases() {
    let c = KernelConfig(parsing: "CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C=\"x y\"\nCONFIG_D=m\nnoise\n")
    #expect(c.values == ["CONFIG_A": "y", "CONFIG_B": "n", "CONFIG_C": "x y", "CONFIG_D": "m"])
    #expect(c.enabled("CONFIG_A") && !c.enabled("CONFIG_D") && !c.enabled("CONFIG_E"))
    #expect(KernelVersion(release: "6.1.0-56-amd64") == KernelVersion(6, 1))
    #expect(KernelVersion(release: "6.12.117+deb12-amd64") == KernelVersion(6, 12))
    #expect(KernelVersion(release: "6.13-rc1") == KernelVersion(6, 13) && KernelVersion(release: "?") == nil && KernelVersion(release: "v6.1") == nil)
    #expect(modelName(forKernelRelease: "6.1.0-56-amd64") == "folio-6.1")
    #expect(modelName(forKernelRelease: "6.2.16") == "folio-6.1")
    #expect(modelName(forKernelRelease: "6.3.0") == "folio-6.12")
    #expect(modelName(forKernelRelease: "6.12.117+deb12-amd64") == "folio-6.12")
    #expect(modelName(forKernelRelease: "7.0.1") == "folio-6.12")
  }

  @Test func debian612Values() {
    // Tests/Captures/debian-6.12.117+deb12-amd64.console: a read entry (type 28) and a write entry (type 30);
    // under 6.1's numbering the first is 6.1's read-exclusive type and the second no migration entry at all.
    #expect(X86PTE.decode(0xe7ffe7fffe038602, layout: .debian612) == .migration(kind: .read, pfn: 0xfe3c, young: true, dirty: true, exclusive: false, softDirty: true))
    #expect(X86PTE.decode(0xf7ffe7fffe033a02, layout: .debian612) == .migration(kind: .write, pfn: 0xfe62, young: true, dirty: true, exclusive: false, softDirty: true))
    if case .migration(.readExclusive, _, _, _, _, _) = X86PTE.decode(0xe7ffe7fffe038602, layout: .debian61) {} else { Issue.record("expected 6.1's type 28") }
    if case .swap(30, _) = X86PTE.decode(0xf7ffe7fffe033a02, layout: .debian61) {} else { Issue.record("expected a swap type 30") }
    // SAVED_DIRTY (bit 58) counts as dirty on 6.6 and later only; on 6.1 bit 58 is DEVMAP.
    let ro: UInt64 = 0x8400_0000_0123_4025
    #expect(X86PTE.decode(ro, layout: .debian612) == .present(pfn: 0x1234, write: false, accessed: true, dirty: true, softDirty: false))
    #expect(X86PTE.decode(ro, layout: .debian61) == .present(pfn: 0x1234, write: false, accessed: true, dirty: false, softDirty: false))
  }
}
