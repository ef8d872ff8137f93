/// The kernel's migration events, grouped the way Linux 6.1 produces them.
///
/// `migrate_pages()` (mm/migrate.c) handles its list one folio at a time:
/// `unmap_and_move()` → `__unmap_and_move()` runs `try_to_migrate()` (one
/// `set_migration_pte` per mapping it converts), moves the folio, and
/// `remove_migration_ptes()` (one `remove_migration_pte` per entry it
/// restores, to the new folio on success, to the old one on failure). So a
/// migrating task's events are attempts, one after the other: sets of one
/// source pfn, then removes. A fork (`anon_vma_fork`, a kprobe) that covers
/// the folio's address can copy an entry in between and add a restore.
public enum KernelEvent: Sendable, Equatable {
  case set(addr: UInt64, kind: X86PTE.MigrationKind, pfn: UInt64)
  case remove(addr: UInt64, write: Bool, pfn: UInt64)
  case fork(start: UInt64, end: UInt64)
  /// `exit_mmap` (a kprobe) of some process: its entries are zapped, not restored.
  case exit
}

/// One `__unmap_and_move()` of one folio that changed at least one PTE.
public struct MigrationAttempt: Sendable {
  public let migrator: String
  public let pid: Int
  /// The source folio's pfn (from the migration entries).
  public let pfn: UInt64
  /// Addresses the entries were set at.
  public var addresses: Set<UInt64> = []
  public var events: [(line: Int, event: KernelEvent)] = []
  /// The line that ended the attempt: the migrator's next attempt or its
  /// `mm_migrate_pages`; nil when the trace ends first.
  public var terminator: Int?
  /// The folio the entries were restored to, if any restore was seen.
  public var restoredTo: UInt64? {
    for (_, e) in events { if case .remove(_, _, let p) = e { return p } }
    return nil
  }
  public var succeeded: Bool { restoredTo.map { $0 != pfn } ?? false }
  /// The line of its first migration entry.
  public var firstLine: Int { events.first { if case .set = $0.event { true } else { false } }?.line ?? 0 }
  public var sets: Int { events.filter { if case .set = $0.event { true } else { false } }.count }
  public var removes: Int { events.filter { if case .remove = $0.event { true } else { false } }.count }
}

/// One `migrate_pages()` call: `mm_migrate_pages_start` … `mm_migrate_pages`.
public struct MigrationCall: Sendable {
  public let pid: Int
  public let task: String
  public let line: Int
  public let reason: String
  public var endLine: Int?
  public var succeeded: Int?
  public var failed: Int?
  /// Indices into `KernelMigrations.attempts`.
  public var attempts: [Int] = []
}

/// A kernel event that contradicts the protocol before any model is asked:
/// the line and what was wrong.
public struct KernelDivergence: Sendable, Equatable, CustomStringConvertible {
  public let line: Int
  public let message: String
  public init(line: Int, message: String) { self.line = line; self.message = message }
  public var description: String { "line \(line): \(message)" }
}

public struct KernelMigrations: Sendable {
  public var calls: [MigrationCall] = []
  public var attempts: [MigrationAttempt] = []
  /// Problems found while grouping, in line order.
  public var divergences: [KernelDivergence] = []
  public var eventsRead = 0

  /// Groups one scenario's trace events. `layout` decodes the PTE values.
  public init(_ events: [(line: Int, event: FtraceEvent)], layout: X86PTE.Layout = .debian61) {
    var openCall: [Int: Int] = [:]  // pid → call index
    var openAttempt: [Int: Int] = [:]  // pid → attempt index
    // Forks and exits with the lines their windows open and close at: a
    // fork from anon_vma_fork to its task's sched_process_fork (dup_mmap
    // copies the VMA in between), an exit from exit_mmap to its return.
    var forks: [(line: Int, pid: Int, start: UInt64, end: UInt64, until: Int?)] = []
    var exits: [(line: Int, pid: Int, until: Int?)] = []

    func close(_ pid: Int, at line: Int) {
      if let a = openAttempt.removeValue(forKey: pid) { attempts[a].terminator = line }
    }
    func diverge(_ line: Int, _ message: String) { divergences.append(KernelDivergence(line: line, message: message)) }

    for (line, e) in events {
      switch e.name {
      case "mm_migrate_pages_start":
        eventsRead += 1
        close(e.pid, at: line)
        openCall[e.pid] = calls.count
        calls.append(MigrationCall(pid: e.pid, task: e.task, line: line, reason: e.field("reason") ?? "?"))
      case "mm_migrate_pages":
        eventsRead += 1
        close(e.pid, at: line)
        guard let c = openCall.removeValue(forKey: e.pid) else {
          diverge(line, "mm_migrate_pages of \(e.task)-\(e.pid) without its mm_migrate_pages_start")
          continue
        }
        calls[c].endLine = line
        calls[c].succeeded = e.int("nr_succeeded")
        calls[c].failed = e.int("nr_failed")
      case "set_migration_pte", "remove_migration_pte":
        eventsRead += 1
        guard let addr = e.hex("addr"), let pte = e.hex("pte") else {
          diverge(line, "\(e.name): expected addr=HEX and pte=HEX")
          continue
        }
        guard let c = openCall[e.pid] else {
          diverge(line, "\(e.name) by \(e.task)-\(e.pid) outside migrate_pages (no mm_migrate_pages_start before it)")
          continue
        }
        let decoded = X86PTE.decode(pte, layout: layout)
        if e.name == "set_migration_pte" {
          guard case .migration(let kind, let pfn, _, _, _, _) = decoded else {
            var hint = ""
            if case .swap(let type, _) = decoded {
              hint = "; a swap entry of type \(type): if this kernel numbers its migration types differently (CONFIG_DEVICE_PRIVATE=y moves them down by 4), give --swp-migration-read"
            }
            diverge(line, "set_migration_pte: pte=\(String(pte, radix: 16)) is not a migration entry under SWP_MIGRATION_READ=\(layout.migrationRead) (\(decoded))\(hint)")
            continue
          }
          if let a = openAttempt[e.pid], attempts[a].pfn == pfn, !attempts[a].events.contains(where: { if case .remove = $0.event { true } else { false } }) {
            attempts[a].events.append((line, .set(addr: addr, kind: kind, pfn: pfn)))
            attempts[a].addresses.insert(addr)
            continue
          }
          close(e.pid, at: line)
          var attempt = MigrationAttempt(migrator: e.task, pid: e.pid, pfn: pfn)
          attempt.addresses = [addr]
          attempt.events.append((line, .set(addr: addr, kind: kind, pfn: pfn)))
          openAttempt[e.pid] = attempts.count
          calls[c].attempts.append(attempts.count)
          attempts.append(attempt)
        } else {
          guard case .present(let pfn, let write, _, _, _) = decoded else {
            diverge(line, "remove_migration_pte: pte=\(String(pte, radix: 16)) is not a present PTE (\(decoded))")
            continue
          }
          guard let a = openAttempt[e.pid] else {
            diverge(line, "remove_migration_pte by \(e.task)-\(e.pid) with no migration entry of it set before (no folio being migrated)")
            continue
          }
          if !attempts[a].addresses.contains(addr) {
            diverge(line, "remove_migration_pte at \(String(addr, radix: 16)): the folio's entries were set at \(attempts[a].addresses.map { String($0, radix: 16) }.sorted().joined(separator: ", "))")
          }
          if let to = attempts[a].restoredTo, to != pfn {
            diverge(line, "remove_migration_pte maps pfn \(String(pfn, radix: 16)) after restoring to \(String(to, radix: 16)) in the same attempt")
          }
          attempts[a].events.append((line, .remove(addr: addr, write: write, pfn: pfn)))
        }
      case "anon_vma_fork":
        eventsRead += 1
        guard let start = e.hex("start"), let end = e.hex("end") else {
          diverge(line, "anon_vma_fork: expected start=HEX end=HEX (the parent VMA's range)")
          continue
        }
        forks.append((line, e.pid, start, end, nil))
      case "sched_process_fork":
        for i in forks.indices where forks[i].pid == e.pid && forks[i].until == nil { forks[i].until = line }
      case "exit_mmap":
        eventsRead += 1
        exits.append((line, e.pid, nil))
      case "exit_mmap_ret":
        for i in exits.indices where exits[i].pid == e.pid && exits[i].until == nil { exits[i].until = line }
      default:
        continue
      }
    }
    // Every fork covering an attempt's address and every exit whose window
    // overlaps the attempt may add or remove restores: they join its events
    // in line order (one that began earlier, first).
    for i in attempts.indices {
      let from = attempts[i].firstLine, to = attempts[i].terminator ?? Int.max
      for f in forks where f.line < to && (f.until ?? Int.max) > from && attempts[i].addresses.contains(where: { f.start <= $0 && $0 < f.end }) {
        attempts[i].events.append((f.line, .fork(start: f.start, end: f.end)))
      }
      for x in exits where x.line < to && (x.until ?? Int.max) > from { attempts[i].events.append((x.line, .exit)) }
      attempts[i].events.sort { $0.line < $1.line }
    }
    // Counts: every observed success and final failure must be in the call's summary.
    for call in calls {
      guard let end = call.endLine, let ok = call.succeeded, let failed = call.failed else { continue }
      let mine = call.attempts.map { attempts[$0] }
      let succeededPfns = Set(mine.filter(\.succeeded).map(\.pfn))
      let failedPfns = Set(mine.filter { !$0.succeeded }.map(\.pfn)).subtracting(succeededPfns)
      if succeededPfns.count > ok {
        diverge(end, "mm_migrate_pages reports nr_succeeded=\(ok), but \(succeededPfns.count) folios of this call were restored to a new folio")
      }
      if failedPfns.count > failed + ok - succeededPfns.count {
        diverge(end, "mm_migrate_pages reports nr_failed=\(failed), but \(failedPfns.count) folios of this call were only ever restored to themselves")
      }
    }
    divergences.sort { $0.line < $1.line }
  }
}
