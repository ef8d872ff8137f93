import Foundation
import Testing
@testable import KernelCheck
@testable import KernelTrace

/// A one-scenario capture with a synthetic trace, as a 6.12 kernel's
/// migrate_pages_batch() would print it (Debian 6.1's PTE layout).
struct BatchedCapture {
  var lines = ["migspec: booted 6.12.0-test nodes=2", "migspec: scenario move-pages begin",
               "migspec-workload: move-pages result=ok processes=3 checks=3 failures=0", "migspec: scenario move-pages exit=0",
               "migspec: trace begin move-pages", "# tracer: nop"]
  private var clock = 10.0

  static func entry(_ pfn: UInt64) -> String { String((UInt64(27) << 59) | ((~pfn & ((1 << 50) - 1)) << 9) | 0x2, radix: 16) }
  static func present(_ pfn: UInt64, write: Bool = false) -> String { String(0x8000_0000_0000_0865 | (pfn << 12) | (write ? 2 : 0), radix: 16) }

  @discardableResult
  mutating func add(_ name: String, _ text: String) -> Int {
    clock += 0.000013
    lines.append(" wl-100     [000] ...1.  \(String(format: "%.6f", clock)): \(name): \(text)")
    return lines.count
  }
  @discardableResult mutating func set(_ addr: UInt64, _ pfn: UInt64) -> Int { add("set_migration_pte", "addr=\(String(addr, radix: 16)), pte=\(Self.entry(pfn)) order=0") }
  @discardableResult mutating func remove(_ addr: UInt64, _ pfn: UInt64, write: Bool = false) -> Int {
    add("remove_migration_pte", "addr=\(String(addr, radix: 16)), pte=\(Self.present(pfn, write: write)) order=0")
  }

  /// move_pages(2) of three folios: A (mapped twice), B and C unmapped, A and C
  /// moved, B undone, then B retried alone; `skip` leaves lines out, `writable` restores that line writable.
  static func moveThree(skip: Set<String> = [], writable: String? = nil) -> (capture: BatchedCapture, lines: [String: Int]) {
    var c = BatchedCapture()
    var at: [String: Int] = [:]
    func step(_ name: String, _ f: (inout BatchedCapture) -> Int) { if !skip.contains(name) { at[name] = f(&c) } }
    step("start") { $0.add("mm_migrate_pages_start", "mode=MIGRATE_SYNC reason=syscall_or_cpuset") }
    step("set A") { $0.set(0xa000, 0x1000) }
    step("set A'") { $0.set(0xa000, 0x1000) }
    step("set B") { $0.set(0xb000, 0x2000) }
    step("set C") { $0.set(0xc000, 0x3000) }
    step("move A") { $0.remove(0xa000, 0x9a0, write: writable == "move A") }
    step("move A'") { $0.remove(0xa000, 0x9a0) }
    step("move C") { $0.remove(0xc000, 0x9c0) }
    step("undo B") { $0.remove(0xb000, 0x2000) }
    step("retry B") { $0.set(0xb000, 0x2000) }
    step("move B") { $0.remove(0xb000, 0x9b0) }
    step("end") { $0.add("mm_migrate_pages", "nr_succeeded=3 nr_failed=0 nr_thp_succeeded=0 nr_thp_failed=0 nr_thp_split=0 mode=MIGRATE_SYNC reason=syscall_or_cpuset") }
    c.lines += ["migspec: trace end move-pages", "migspec: done"]
    return (c, at)
  }

  func report() throws -> ScenarioReport {
    let capture = try KernelCapture.parse(lines.joined(separator: "\n"), file: "batched")
    var checker = KernelConformance(model: "folio-6.12")
    return checker.check(capture.scenarios[0])
  }
}

@Suite struct BatchConformanceTests {
  @Test func batchedMigrationConforms() throws {
    let (c, _) = BatchedCapture.moveThree()
    let r = try c.report()
    #expect(r.conforms, "\(r.divergence?.description ?? "")")
    #expect(r.attempts == 4 && r.calls == 1 && r.foliosMigrated == 3)
  }

  /// A folio of the batch never restored: named at the batch's end, with
  /// what the kernel still owed — the move phase of that folio.
  @Test func missingMovePhaseIsNamed() throws {
    let (c, at) = BatchedCapture.moveThree(skip: ["move C"])
    let d = try #require(try c.report().divergence)
    #expect(d.line == at["retry B"])
    #expect(d.message.hasPrefix("the batch of 3 folios unmapped from line \(at["set A"]!) (by wl-100) ends here without the move phase of folio pfn 3000"), "\(d)")
    #expect(d.message.contains("but folio-6.12 cannot finish it after set_migration_pte(read)"))
  }

  @Test func partOfAMovePhaseIsNamed() throws {
    let (c, at) = BatchedCapture.moveThree(skip: ["move A'"])
    let d = try #require(try c.report().divergence)
    #expect(d.line == at["retry B"])
    #expect(d.message.contains("ends here without the rest of the move phase of folio pfn 1000 (1 of its entries restored)"), "\(d)")
  }

  @Test func wrongRestoreInTheMovePhaseIsNamed() throws {
    let (c, at) = BatchedCapture.moveThree(writable: "move A")
    let d = try #require(try c.report().divergence)
    #expect(d.line == at["move A"])
    #expect(d.message.hasPrefix("remove_migration_pte(writable, new folio) of folio pfn 1000 (migrated by wl-100; in the move phase of the batch of 3 folios unmapped from line \(at["set A"]!))"), "\(d)")
  }

  /// A folio restored in the batch, unmapped again by the same call.
  @Test func migratedFolioUnmappedAgainIsNamed() throws {
    var (c, at) = BatchedCapture.moveThree()
    let i = at["retry B"]! - 1
    c.lines[i] = c.lines[i].replacingOccurrences(of: BatchedCapture.entry(0x2000), with: BatchedCapture.entry(0x3000))
    let d = try #require(try c.report().divergence)
    #expect(d.line == i + 1 && d.message.contains("already migrated to pfn 9c0 at line \(at["move C"]!)"), "\(d)")
  }
}
