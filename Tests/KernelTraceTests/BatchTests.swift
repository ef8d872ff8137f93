import Foundation
import Testing
@testable import KernelTrace

/// A synthetic trace in ftrace's text format, one line per event, numbered from 1.
struct SyntheticTrace {
  var lines: [String] = []
  private var clock = 10.0

  /// Debian 6.1's layout (SWP_MIGRATION_READ=27, 34 pfn bits): a migration entry as the kernel stores it.
  static func entry(_ pfn: UInt64, _ kind: X86PTE.MigrationKind = .read) -> UInt64 {
    let type = UInt64(27 + [X86PTE.MigrationKind.read, .readExclusive, .write].firstIndex(of: kind)!)
    return (type << 59) | ((~pfn & ((1 << 50) - 1)) << 9) | 0x2
  }
  /// A present PTE mapping `pfn` (accessed, dirty, soft-dirty, NX).
  static func present(_ pfn: UInt64, write: Bool = false) -> UInt64 { 0x8000_0000_0000_0865 | (pfn << 12) | (write ? 2 : 0) }

  @discardableResult
  mutating func add(_ pid: Int, _ name: String, _ text: String) -> Int {
    clock += 0.000013
    lines.append(" wl-\(pid)     [000] ...1.  \(String(format: "%.6f", clock)): \(name): \(text)")
    return lines.count
  }
  @discardableResult
  mutating func start(_ pid: Int, mode: String = "MIGRATE_SYNC") -> Int { add(pid, "mm_migrate_pages_start", "mode=\(mode) reason=syscall_or_cpuset") }
  @discardableResult
  mutating func end(_ pid: Int, succeeded: Int, failed: Int = 0) -> Int {
    add(pid, "mm_migrate_pages", "nr_succeeded=\(succeeded) nr_failed=\(failed) nr_thp_succeeded=0 nr_thp_failed=0 nr_thp_split=0 mode=MIGRATE_SYNC reason=syscall_or_cpuset")
  }
  @discardableResult
  mutating func set(_ pid: Int, _ addr: UInt64, _ pfn: UInt64, _ kind: X86PTE.MigrationKind = .read) -> Int {
    add(pid, "set_migration_pte", "addr=\(String(addr, radix: 16)), pte=\(String(Self.entry(pfn, kind), radix: 16)) order=0")
  }
  @discardableResult
  mutating func remove(_ pid: Int, _ addr: UInt64, _ pfn: UInt64, write: Bool = false) -> Int {
    add(pid, "remove_migration_pte", "addr=\(String(addr, radix: 16)), pte=\(String(Self.present(pfn, write: write), radix: 16)) order=0")
  }
  var events: [(line: Int, event: FtraceEvent)] {
    Ftrace.parse(text: lines.joined(separator: "\n")).compactMap { if case .event(let e) = $0.parsed { ($0.line, e) } else { nil } }
  }
}

/// The 6.1 grouping as it was before batches (one attempt after the other per
/// migrator), kept to check that the 6.1 capture groups exactly as it did.
func perFolioGrouping(_ events: [(line: Int, event: FtraceEvent)]) -> [(pfn: UInt64, lines: [Int], terminator: Int?)] {
  var result: [(pfn: UInt64, lines: [Int], terminator: Int?, removed: Bool)] = []
  var open: [Int: Int] = [:]
  for (line, e) in events {
    switch e.name {
    case "mm_migrate_pages_start", "mm_migrate_pages":
      if let a = open.removeValue(forKey: e.pid) { result[a].terminator = line }
    case "set_migration_pte":
      guard case .migration(_, let pfn, _, _, _, _) = X86PTE.decode(e.hex("pte")!) else { continue }
      if let a = open[e.pid], result[a].pfn == pfn, !result[a].removed { result[a].lines.append(line); continue }
      if let a = open.removeValue(forKey: e.pid) { result[a].terminator = line }
      open[e.pid] = result.count
      result.append((pfn, [line], nil, false))
    case "remove_migration_pte":
      guard let a = open[e.pid] else { continue }
      result[a].lines.append(line)
      result[a].removed = true
    default:
      continue
    }
  }
  return result.map { ($0.pfn, $0.lines, $0.terminator) }
}

@Suite struct BatchTests {
  /// Linux 6.1 migrates one folio at a time: every batch of the real capture
  /// has one attempt, and the attempts are exactly the old grouping's.
  @Test func realCaptureIsOneFolioAtATime() throws {
    let c = try KernelCapture.parse(realCapture, file: "capture")
    for s in c.scenarios {
      let m = KernelMigrations(s.events)
      #expect(m.style == .oneFolioAtATime)
      #expect(m.divergences.isEmpty, "\(s.name): \(m.divergences)")
      #expect(m.batches.count == m.attempts.count && m.batches.allSatisfy { $0.attempts.count == 1 })
      #expect(m.calls.flatMap(\.batches) == Array(m.batches.indices))
      let old = perFolioGrouping(s.events)
      #expect(old.count == m.attempts.count)
      for (o, a) in zip(old, m.attempts) {
        let own = a.events.compactMap { e -> Int? in if case .fork = e.event { nil } else if case .exit = e.event { nil } else { e.line } }
        #expect(o.pfn == a.pfn && o.lines == own && o.terminator == a.terminator, "\(s.name): attempt at line \(a.firstLine)")
      }
      for b in m.batches {
        let a = m.attempts[b.attempts[0]]
        #expect(b.firstLine == a.firstLine && b.endLine == a.terminator && b.folios == [a.pfn])
        #expect(b.moveLine == a.firstRemoveLine)
      }
      // Grouping it as batched finds no batch of two: the same attempts.
      let forced = KernelMigrations(s.events, style: .batched)
      #expect(forced.attempts.map(\.firstLine) == m.attempts.map(\.firstLine))
      #expect(forced.batches.map(\.folios.count).max() == 1 || !forced.showsBatching)
    }
    // Every folio of the capture migrated at its first attempt.
    let all = try c.scenarios.map { KernelMigrations($0.events) }
    #expect(all.flatMap(\.batches).allSatisfy { $0.retried.isEmpty && $0.undone.isEmpty })
  }

  /// 6.12, move_pages(2) of three pages: migrate_pages_sync() tries the batch
  /// MIGRATE_ASYNC — unmap A, B, C, then move A and C; B's move fails and it is
  /// undone (restored to itself) — then B alone, synchronously, as its own batch.
  @Test func batchWithUndoThenSyncRetry() throws {
    let (a, b, c): (UInt64, UInt64, UInt64) = (0x1000, 0x2000, 0x3000)
    let (xa, xb, xc): (UInt64, UInt64, UInt64) = (0x7f00_0000_0000, 0x7f00_0000_1000, 0x7f00_0000_2000)
    var t = SyntheticTrace()
    let start = t.start(100)
    let first = t.set(100, xa, a)
    t.set(100, xa, a)  // a child maps it too
    t.set(100, xb, b)
    let lastSet = t.set(100, xc, c)
    t.add(101, "anon_vma_fork", "(anon_vma_fork+0x0/0x150) vma=0xffff0000 start=0x7f0000000000 end=0x7f0000003000")
    t.add(101, "sched_process_fork", "comm=wl pid=101 child_comm=wl child_pid=102")
    let move = t.remove(100, xa, 0x9a0)
    t.remove(100, xa, 0x9a0)
    t.remove(100, xc, 0x9c0)
    let undo = t.remove(100, xb, b)  // the leftover, undone
    let retry = t.set(100, xb, b, .write)
    t.remove(100, xb, 0x9b0, write: true)
    let end = t.end(100, succeeded: 3)

    let m = KernelMigrations(t.events)
    #expect(m.style == .batched)
    #expect(m.divergences.isEmpty, "\(m.divergences)")
    #expect(m.calls.count == 1 && m.calls[0].batches == [0, 1] && m.calls[0].mode == "MIGRATE_SYNC" && m.calls[0].line == start)
    let async = m.batches[0], sync = m.batches[1]
    #expect(async.folios == [a, b, c] && async.attempts.count == 3)
    #expect(async.firstLine == first && async.lastSetLine == lastSet && async.moveLine == move && async.endLine == retry)
    #expect(async.undone == [b] && async.retried.isEmpty)
    #expect(sync.folios == [b] && sync.firstLine == retry && sync.moveLine == retry + 1 && sync.endLine == end)
    #expect(sync.undone.isEmpty && sync.retried == [b])
    // Each folio keeps its own events: sets, the fork in its window, its restores.
    let byPfn = Dictionary(grouping: async.attempts.map { m.attempts[$0] }, by: \.pfn)
    #expect(byPfn[a]![0].sets == 2 && byPfn[a]![0].removes == 2 && byPfn[a]![0].restoredTo == 0x9a0)
    #expect(byPfn[a]![0].events.contains { if case .fork = $0.event { true } else { false } })
    #expect(byPfn[b]![0].events.map(\.line) == [first + 2, lastSet + 1, undo] && byPfn[b]![0].undone)
    #expect(byPfn[c]![0].succeeded && byPfn[c]![0].terminator == retry)
    #expect(m.attempts[sync.attempts[0]].succeeded && m.attempts[sync.attempts[0]].batch == 1)
  }

  /// An unmap that fails is undone at once, inside the unmap phase, and the
  /// folio is unmapped again in the next unmap pass; a move that fails with
  /// -EAGAIN is retried in a later move pass, after the next folio moved.
  @Test func unmapUndoAndMoveRetryStayInTheBatch() throws {
    let (a, b, c): (UInt64, UInt64, UInt64) = (0x1000, 0x2000, 0x3000)
    var t = SyntheticTrace()
    t.start(100, mode: "MIGRATE_ASYNC")
    t.set(100, 0xa000, a)
    t.set(100, 0xb000, b)
    t.remove(100, 0xb000, b)  // B's unmap failed: undone at once
    t.set(100, 0xc000, c)
    let again = t.set(100, 0xb000, b)  // unmap pass 2
    let move = t.remove(100, 0xc000, 0x9c0)  // A's move: -EAGAIN; C moves
    t.remove(100, 0xb000, 0x9b0)
    t.remove(100, 0xa000, 0x9a0)  // move pass 2
    t.end(100, succeeded: 3)
    let m = KernelMigrations(t.events)
    #expect(m.style == .batched && m.divergences.isEmpty, "\(m.divergences)")
    #expect(m.batches.count == 1)
    let batch = m.batches[0]
    #expect(batch.folios == [a, b, c] && batch.attempts.map { m.attempts[$0].pfn } == [a, b, c, b])
    #expect(batch.lastSetLine == again && batch.moveLine == move && batch.undone.isEmpty)
    #expect(batch.attempts.map { m.attempts[$0].restoredTo } == [0x9a0, b, 0x9c0, 0x9b0])
  }

  /// Compaction migrates a parent's folio and a child's COW copy at the same
  /// address in one batch: the restores go to the folios in unmap order.
  @Test func sameAddressInTwoProcesses() throws {
    var t = SyntheticTrace()
    t.start(100, mode: "MIGRATE_ASYNC")
    t.set(100, 0xa000, 0x1000)
    t.set(100, 0xa000, 0x2000)
    t.remove(100, 0xa000, 0x9a0)
    t.remove(100, 0xa000, 0x9b0)
    t.end(100, succeeded: 2)
    let m = KernelMigrations(t.events)
    #expect(m.style == .batched && m.divergences.isEmpty, "\(m.divergences)")
    #expect(m.attempts.map(\.restoredTo) == [0x9a0, 0x9b0])
  }

  /// The two contradictions a pfn can show within one call, in either style.
  @Test func pfnUsedTwiceInOneCall() throws {
    for style in [KernelMigrations.Style.oneFolioAtATime, .batched] {
      // A restore to the new folio of another folio.
      var t = SyntheticTrace()
      t.start(100)
      t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x9a0)
      t.set(100, 0xb000, 0x2000)
      let stolen = t.remove(100, 0xb000, 0x9a0)
      t.end(100, succeeded: 2)
      var d = try #require(KernelMigrations(t.events, style: style).divergences.first)
      #expect(d.line == stolen && d.message.contains("folio pfn 1000 was moved to pfn 9a0 at line 3"), "\(d)")

      // A restore to a folio still on the list (here: one the call failed to migrate).
      t = SyntheticTrace()
      t.start(100)
      t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x1000)
      t.set(100, 0xb000, 0x2000)
      let busy = t.remove(100, 0xb000, 0x1000)
      t.end(100, succeeded: 1, failed: 1)
      d = try #require(KernelMigrations(t.events, style: style).divergences.first)
      #expect(d.line == busy && d.message.contains("not migrated away and so not free"), "\(d)")

      // A migrated folio's old pfn, unmapped again in the same call.
      t = SyntheticTrace()
      t.start(100)
      t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x9a0)
      let again = t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x9a1)
      t.end(100, succeeded: 1)
      d = try #require(KernelMigrations(t.events, style: style).divergences.first)
      #expect(d.line == again && d.message.contains("already migrated to pfn 9a0 at line 3"), "\(d)")

      // A new folio of this call, taken as a source.
      t = SyntheticTrace()
      t.start(100)
      t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x9a0)
      let allocated = t.set(100, 0xa000, 0x9a0)
      t.remove(100, 0xa000, 0x9a1)
      t.end(100, succeeded: 2)
      d = try #require(KernelMigrations(t.events, style: style).divergences.first)
      #expect(d.line == allocated && d.message.contains("is the new folio folio pfn 1000 was moved to at line 3"), "\(d)")

      // What the kernel does allow: a migrated folio's old pfn, freed, becomes
      // the next folio's new folio; and the next call may migrate anything again.
      t = SyntheticTrace()
      t.start(100)
      t.set(100, 0xa000, 0x1000)
      t.remove(100, 0xa000, 0x9a0)
      t.set(100, 0xb000, 0x2000)
      t.remove(100, 0xb000, 0x1000)
      t.end(100, succeeded: 2)
      t.start(100)
      t.set(100, 0xa000, 0x9a0)
      t.remove(100, 0xa000, 0x1000)
      t.end(100, succeeded: 1)
      #expect(KernelMigrations(t.events, style: style).divergences.isEmpty)
    }
    // Not within one batch: its new folios were all allocated at unmap, before any old one was freed.
    var t = SyntheticTrace()
    t.start(100)
    t.set(100, 0xa000, 0x1000)
    t.set(100, 0xb000, 0x2000)
    t.remove(100, 0xa000, 0x9a0)
    let early = t.remove(100, 0xb000, 0x1000)
    t.end(100, succeeded: 2)
    let m = KernelMigrations(t.events)
    let d = try #require(m.divergences.first)
    #expect(m.style == .batched && d.line == early && d.message.contains("freed only in its move phase (line 4)"), "\(d)")
  }

  /// The real 6.12 capture, when it is there (Tests/Captures/README.md): each
  /// migrate_pages call is one migrate_pages_batch() of all its folios —
  /// every entry set before the first restore — and nothing is undone or retried.
  @Test func real612CaptureIsBatched() throws {
    let path = URL(fileURLWithPath: realCapturePath).deletingLastPathComponent().appendingPathComponent("debian-6.12.117+deb12-amd64.console").path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let c = try KernelCapture.parse(text, file: "capture-6.12")
    let layout = X86PTE.Layout(migrationRead: 28, pfnBits: 34)  // Debian 6.12: no SWAPIN_ERROR type
    #expect(c.scenarios.count == 4)
    for s in c.scenarios {
      let m = KernelMigrations(s.events, layout: layout)
      #expect(m.style == .batched && m.divergences.isEmpty, "\(s.name): \(m.divergences)")
      for call in m.calls {
        #expect(call.batches.count <= 1)
        let mine = call.attempts.map { m.attempts[$0] }
        if let b = call.batches.first.map({ m.batches[$0] }) {
          #expect(b.folios.count == mine.count && b.undone.isEmpty && b.retried.isEmpty)
          #expect(mine.allSatisfy { $0.succeeded && $0.firstRemoveLine! > b.lastSetLine })
          #expect(b.moveLine == b.lastSetLine + 1 || s.name == "fork-in-migration")  // fork kprobes may come between
        }
      }
    }
  }
}
