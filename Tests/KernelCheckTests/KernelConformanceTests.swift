import Foundation
import Testing
@testable import KernelCheck
@testable import KernelHarness
@testable import KernelTrace
import MigSpecReference

let capturePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Captures/debian-6.1.0-56-amd64.console").path
let captureText = try! String(contentsOfFile: capturePath, encoding: .utf8)
let captureLines = captureText.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)

func reports(_ lines: [String]) throws -> [ScenarioReport] {
  let c = try KernelCapture.parse(lines.joined(separator: "\n"), file: "capture")
  var checker = KernelConformance()
  return c.scenarios.map { checker.check($0) }
}

/// The first divergence (in line order) after rewriting line `i` (0-based) of the capture.
func firstDivergence(editing i: Int, _ edit: (String) -> String) throws -> KernelDivergence {
  var lines = captureLines
  lines[i] = edit(lines[i])
  return try #require(try reports(lines).compactMap(\.divergence).first)
}

/// Lines of the capture: the first attempt (of `scenario`) with the given number of sets whose last remove is followed by the next attempt's first set.
func boundary(in scenario: String) throws -> (lastRemove: Int, nextSet: Int) {
  let c = try KernelCapture.parse(captureText, file: "capture")
  let s = try #require(c.scenarios.first { $0.name == scenario })
  let m = KernelMigrations(s.events)
  for (a, b) in zip(m.attempts, m.attempts.dropFirst()) where a.pid == b.pid {
    if let last = a.events.last, case .remove = last.event, b.firstLine == last.line + 1 {
      return (last.line, b.firstLine)
    }
  }
  throw CaptureError(file: "capture", line: 0, message: "no adjacent folio boundary")
}

extension MigrationAttempt {
  /// The kind of its first entry.
  var kind: X86PTE.MigrationKind? { events.lazy.compactMap { if case .set(_, let k, _) = $0.event { k } else { nil } }.first }
}

/// In a scenario of the capture, the first call that has both: its first
/// folio restored to a new folio, and a later folio of the same entry kind
/// that `victim` accepts.
func firstPair(in scenario: String, victim: (MigrationAttempt) -> Bool) throws -> (moved: MigrationAttempt, victim: MigrationAttempt) {
  let c = try KernelCapture.parse(captureText, file: "capture")
  let s = try #require(c.scenarios.first { $0.name == scenario })
  let m = KernelMigrations(s.events)
  for call in m.calls {
    let mine = call.attempts.map { m.attempts[$0] }
    guard let first = mine.first(where: \.succeeded) else { continue }
    if let v = mine.first(where: { $0.firstLine > first.firstLine && $0.kind == first.kind && victim($0) }) { return (first, v) }
  }
  throw CaptureError(file: "capture", line: 0, message: "no such pair of folios")
}

@Suite struct KernelConformanceTests {
  @Test func realCaptureConforms() throws {
    let rs = try reports(captureLines)
    #expect(rs.count == 4)
    for r in rs {
      #expect(r.conforms, "\(r.name): \(r.divergence?.description ?? "")")
      #expect(r.foliosMigrated > 0 && r.eventsChecked > r.foliosMigrated && r.unchecked == 0)
    }
    // Forks copied migration entries: some folio was restored more often than it was unmapped.
    let c = try KernelCapture.parse(captureText, file: "capture")
    let extra = c.scenarios.flatMap { KernelMigrations($0.events).attempts }.filter { a in
      a.events.filter { if case .remove = $0.event { true } else { false } }.count > a.sets
    }
    #expect(!extra.isEmpty)
  }

  @Test func removedRestoreIsNamed() throws {
    let (lastRemove, nextSet) = try boundary(in: "fork-in-migration")
    var lines = captureLines
    lines.remove(at: lastRemove - 1)
    let r = try #require(try reports(lines).first { $0.name == "fork-in-migration" })
    let d = try #require(r.divergence)
    #expect(d.line == nextSet - 1)  // the next folio's first entry, one line up after the deletion
    #expect(d.message.contains("cannot finish it"))
  }

  @Test func eventsSwappedAcrossFolioBoundaryAreNamed() throws {
    let (lastRemove, nextSet) = try boundary(in: "move-pages")
    var lines = captureLines
    lines.swapAt(lastRemove - 1, nextSet - 1)
    let r = try #require(try reports(lines).first { $0.name == "move-pages" })
    let d = try #require(r.divergence)
    #expect(d.line == lastRemove)  // the set that now comes first ends the previous folio too early
  }

  @Test func wrongWritenessIsNamed() throws {
    // A read entry restored writable (RW bit set on a read-only restore).
    let i = try #require(captureLines.firstIndex { $0.contains("remove_migration_pte:") && $0.contains("865 order") })
    let before = try #require(captureLines[..<i].last { $0.contains("set_migration_pte:") })
    #expect(before.contains("pte=dfff"))  // a read entry
    let d = try firstDivergence(editing: i) { $0.replacingOccurrences(of: "865 order", with: "867 order") }
    #expect(d.line == i + 1)
    #expect(d.message.hasPrefix("remove_migration_pte(writable, new folio)"))
  }

  @Test func restoreAtAnotherAddressIsNamed() throws {
    let i = try #require(captureLines.firstIndex { $0.contains("remove_migration_pte: addr=7f") })
    let d = try firstDivergence(editing: i) { $0.replacingOccurrences(of: "addr=7f", with: "addr=6f") }
    #expect(d.line == i + 1)
    #expect(d.message.contains("the folio's entries were set at"))
  }

  @Test func dataMismatchLostEventsAndEmptyTrace() throws {
    var lines = captureLines
    let w = try #require(lines.firstIndex { $0.contains("migspec-workload: move-pages child") })
    lines[w] = "migspec-workload: move-pages child pid=1 DATA MISMATCH page 3 word 0: 0, expected 1"
    let lost = try #require(lines.firstIndex { $0.contains("trace begin compact") }) + 2
    lines.insert("CPU:1 [LOST 12 EVENTS]", at: lost)
    let rs = try reports(lines)
    #expect(rs[0].divergence?.line == w + 1 && rs[0].divergence!.message.contains("data check failed"))
    #expect(rs[3].divergence?.line == lost + 1 && rs[3].divergence!.message.contains("lost 12 events"))

    let begin = try #require(captureLines.firstIndex { $0.contains("trace begin move-pages") })
    let end = try #require(captureLines.firstIndex { $0.contains("trace end move-pages") })
    var empty = captureLines
    empty.removeSubrange((begin + 1)..<end)
    #expect(try reports(empty)[0].divergence!.message.hasPrefix("trace empty"))
  }

  @Test func removeWithoutEntryIsNamed() throws {
    // A folio mapped once: its only entry's line goes, its restore stays.
    let lines = captureLines
    let i = try #require(lines.indices.dropFirst().dropLast(2).first {
      lines[$0 - 1].contains("remove_migration_pte:") && lines[$0].contains("set_migration_pte:")
        && lines[$0 + 1].contains("remove_migration_pte:") && lines[$0 + 2].contains("set_migration_pte:")
    })
    let d = try firstDivergence(editing: i) { $0.replacingOccurrences(of: "set_migration_pte: addr=", with: "other_event: addr=") }
    #expect(d.line == i + 2)  // the restore nobody unmapped
  }

  /// Issue 11, item 5: a restore to the new folio another folio of the same
  /// migrate_pages call was moved to. Line 3060 of the capture (compaction)
  /// restores folio pfn 9c0a to fefd; the edit makes it feff, where line
  /// 3054 had moved the call's first folio (9c0c). One restore: the model
  /// alone cannot tell (a new folio is a new folio).
  @Test func restoreToAnotherFoliosNewFolioIsNamed() throws {
    let (moved, victim) = try firstPair(in: "compact") { $0.sets == 1 && $0.removes == 1 && $0.succeeded }
    let i = try #require(victim.firstRemoveLine) - 1
    let to = try #require(moved.restoredTo)
    #expect(i + 1 == 3060 && captureLines[i].contains("pte=800000000fefd867"), "line \(i + 1): \(captureLines[i])")
    let d = try firstDivergence(editing: i) { line in
      let old = line.split(separator: " ").first { $0.hasPrefix("pte=") }!.dropFirst(4)
      let pte = UInt64(old, radix: 16)! & ~(UInt64(0xff_ffff_ffff) << 12) | (to << 12)
      return line.replacingOccurrences(of: "pte=\(old)", with: "pte=\(String(pte, radix: 16))")
    }
    #expect(d.line == i + 1)
    #expect(d.message.contains("was moved to pfn \(String(to, radix: 16)) at line \(moved.firstRemoveLine!) in this migrate_pages call"), "\(d)")
  }

  /// Issue 11, item 5: an entry of a folio the same call had already migrated
  /// (its old folio freed). Line 3059 (compaction) unmaps folio pfn 9c0a;
  /// the edit names 9c0c instead, the call's first folio, moved to feff at
  /// line 3054. Before, that was a new attempt, and it conformed.
  @Test func entryOfAnAlreadyMigratedFolioIsNamed() throws {
    let (moved, victim) = try firstPair(in: "compact") { $0.sets == 1 }
    #expect(moved.kind == victim.kind)
    let i = victim.firstLine - 1
    let entry = try #require(captureLines[moved.firstLine - 1].split(separator: " ").first { $0.hasPrefix("pte=") })
    #expect(i + 1 == 3059 && captureLines[i].contains("pte=efffe7fffec7ea02") && entry == "pte=efffe7fffec7e602", "line \(i + 1): \(captureLines[i]), \(entry)")
    let d = try firstDivergence(editing: i) { line in
      let old = line.split(separator: " ").first { $0.hasPrefix("pte=") }!
      return line.replacingOccurrences(of: String(old), with: String(entry))
    }
    #expect(d.line == i + 1)
    #expect(d.message.contains("already migrated to pfn \(String(moved.restoredTo!, radix: 16)) at line \(moved.firstRemoveLine!) in this migrate_pages call"), "\(d)")
  }

  @Test func anotherSwapLayoutIsExplained() throws {
    let c = try KernelCapture.parse(captureText, file: "capture")
    let m = KernelMigrations(c.scenarios[0].events, layout: X86PTE.Layout(migrationRead: 23, pfnBits: 34))
    let d = try #require(m.divergences.first)
    #expect(d.message.contains("not a migration entry under SWP_MIGRATION_READ=23"))
    #expect(d.message.contains("a swap entry of type 27") && d.message.contains("give --swp-migration-read"))
  }

  /// The model side alone: which label sequences folio-6.1 explains.
  @Test func labelsAgainstTheModel() {
    var k = KernelConformance()
    func attempt(_ events: [KernelEvent]) -> MigrationAttempt {
      var a = MigrationAttempt(migrator: "t", pid: 1, pfn: 0x10)
      a.events = events.enumerated().map { ($0.offset + 1, $0.element) }
      a.addresses = [0x1000]
      return a
    }
    let setR = KernelEvent.set(addr: 0x1000, kind: .read, pfn: 0x10), setW = KernelEvent.set(addr: 0x1000, kind: .write, pfn: 0x10)
    let newRO = KernelEvent.remove(addr: 0x1000, write: false, pfn: 0x20), newRW = KernelEvent.remove(addr: 0x1000, write: true, pfn: 0x20)
    let oldRO = KernelEvent.remove(addr: 0x1000, write: false, pfn: 0x10)
    let fork = KernelEvent.fork(start: 0, end: 0x2000)
    #expect(k.check(attempt([setW, newRW])).outcome?.conforms == true)
    #expect(k.check(attempt([setR, setR, newRO, newRO])).outcome?.conforms == true)
    #expect(k.check(attempt([setR, oldRO])).outcome?.conforms == true)  // -EAGAIN: restored to the old folio
    #expect(k.check(attempt([setW, newRO])).outcome?.divergesAt == 1)  // a write entry restores writable
    #expect(k.check(attempt([setR, newRO, newRO])).outcome?.divergesAt == 2)  // an extra restore needs a fork
    #expect(k.check(attempt([setR, fork, newRO, newRO])).outcome?.conforms == true)  // fork copied the entry
    #expect(k.check(attempt([setR, setR, newRO])).outcome?.divergesAt == 3)  // one entry never restored
    #expect(k.check(attempt([setR, setR, .exit, newRO])).outcome?.conforms == true)  // unless its process exited
    #expect(k.check(attempt([setR, .exit, fork, newRO])).outcome?.conforms == true)  // neither needed: the smaller configuration answers
    #expect(k.check(attempt([newRO])).outcome?.divergesAt == 0)
    #expect(k.check(attempt([setR, setR, setR, setR, fork, fork, fork])).outcome == nil)  // beyond 6 processes
  }

  @Test func guestAndQEMU() throws {
    let script = Guest.initScript(scenarios: ["move-pages", "compact"], rounds: 2)
    for t in Guest.tracepoints { #expect(script.contains(t)) }
    #expect(script.contains(Guest.forkProbe))
    #expect(script.contains("/bin/migspec-workload $s 2") && script.contains("for s in move-pages compact;"))
    let q = QEMU(kernel: "/k", initrd: "/i")
    #expect(q.arguments.contains("node,nodeid=1,cpus=1,memdev=m1"))
    #expect(q.arguments.contains("memory-backend-ram,id=m0,size=256M"))
    let notKernel = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-kernel-\(getpid())").path
    try Data(repeating: 0, count: 4096).write(to: URL(fileURLWithPath: notKernel))
    defer { try? FileManager.default.removeItem(atPath: notKernel) }
    #expect(throws: HarnessError.self) { try KernelImage.validate(path: notKernel) }
    do { _ = try KernelImage.validate(path: "/nonexistent/bzImage") } catch { #expect(error.description.contains("no such file")) }
  }

  /// The boot stage's time limit, and QEMU dying early, with a stand-in for QEMU.
  @Test func bootHangAndEarlyExitAreReported() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fake-qemu-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    func script(_ name: String, _ body: String) throws -> String {
      let path = dir.appendingPathComponent(name).path
      try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
      return path
    }
    var q = QEMU(kernel: "/k", initrd: "/i")
    q.binary = try script("hang", "echo SeaBIOS; sleep 30")
    q.timeouts.boot = 1
    do { _ = try q.run { _ in }; Issue.record("expected a boot hang") } catch {
      #expect(error.description.hasPrefix("boot hang: no \"migspec: booted\" within 1 s"))
      #expect(error.description.contains("SeaBIOS"))  // the console's last lines
    }
    q.binary = try script("dies", "echo 'qemu: could not load kernel' >&2; exit 1")
    do { _ = try q.run { _ in }; Issue.record("expected an error") } catch {
      #expect(error.description.contains("exited (status 1) before the guest booted") && error.description.contains("could not load kernel"))
    }
  }
}
