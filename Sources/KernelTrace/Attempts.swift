/// The kernel's migration events, grouped the way Linux produces them.
///
/// Linux 6.1's `migrate_pages()` (mm/migrate.c) handles its list one folio at
/// a time: `unmap_and_move()` → `__unmap_and_move()` runs `try_to_migrate()`
/// (one `set_migration_pte` per mapping it converts), moves the folio, and
/// `remove_migration_ptes()` (one `remove_migration_pte` per entry it
/// restores, to the new folio on success, to the old one on failure). So a
/// migrating task's events are attempts, one after the other: sets of one
/// source pfn, then removes. A fork (`anon_vma_fork`, a kprobe) that covers
/// the folio's address can copy an entry in between and add a restore.
///
/// Since 6.3, `migrate_pages()` goes through `migrate_pages_batch()`:
/// `migrate_folio_unmap()` of every folio of a batch first (the sets of
/// folio A, then of B, …; the TLB flush deferred), one `try_to_unmap_flush()`,
/// then `migrate_folio_move()` of each (the removes of A, then of B, …). A
/// folio whose unmap fails is restored at once (its removes, to itself,
/// follow its sets) and retried in the next unmap pass; one whose move fails
/// with -EAGAIN stays unmapped for the next move pass; what is left is undone
/// (restored to the old folio). In `MIGRATE_SYNC` mode the batch is first
/// tried `MIGRATE_ASYNC`, and the failures are retried one by one
/// (`migrate_pages_sync()`): batches of one folio. So the events of a call
/// are *batches* — an unmap phase of one or more folios, then a move phase —
/// and a 6.1 call is a sequence of batches of one folio.
public enum KernelEvent: Sendable, Equatable {
  case set(addr: UInt64, kind: X86PTE.MigrationKind, pfn: UInt64)
  case remove(addr: UInt64, write: Bool, pfn: UInt64)
  case fork(start: UInt64, end: UInt64)
  /// `exit_mmap` (a kprobe) of some process: its entries are zapped, not restored.
  case exit
}

/// One folio's unmap and move (6.1's `__unmap_and_move()`; 6.3's
/// `migrate_folio_unmap()` and `migrate_folio_move()`) that changed at least one PTE.
public struct MigrationAttempt: Sendable {
  public let migrator: String
  public let pid: Int
  /// The source folio's pfn (from the migration entries).
  public let pfn: UInt64
  /// Addresses the entries were set at.
  public var addresses: Set<UInt64> = []
  public var events: [(line: Int, event: KernelEvent)] = []
  /// The line by which the kernel must have finished the attempt: the end
  /// of its batch (the migrator's next batch or its `mm_migrate_pages`); in
  /// a trace of one folio at a time that is the migrator's next attempt.
  /// nil when the trace ends first.
  public var terminator: Int?
  /// Index into `KernelMigrations.batches`.
  public var batch: Int?
  /// The folio the entries were restored to, if any restore was seen.
  public var restoredTo: UInt64? {
    for (_, e) in events { if case .remove(_, _, let p) = e { return p } }
    return nil
  }
  public var succeeded: Bool { restoredTo.map { $0 != pfn } ?? false }
  /// Restored to the old folio: the migration was undone.
  public var undone: Bool { restoredTo == pfn }
  /// The line of its first migration entry.
  public var firstLine: Int { events.first { if case .set = $0.event { true } else { false } }?.line ?? 0 }
  /// The line of its first restore, if any.
  public var firstRemoveLine: Int? { events.first { if case .remove = $0.event { true } else { false } }?.line }
  public var sets: Int { events.filter { if case .set = $0.event { true } else { false } }.count }
  public var removes: Int { events.filter { if case .remove = $0.event { true } else { false } }.count }
}

/// One `migrate_pages_batch()` (6.3 and later) as the trace shows it: the
/// unmap phase (the entries of each folio, in list order), then the move
/// phase (each folio's restores). Under 6.1, or in a trace where no two
/// folios are ever unmapped together, every batch has one attempt.
public struct MigrationBatch: Sendable {
  public let pid: Int
  /// Index into `KernelMigrations.calls`.
  public let call: Int
  /// Indices into `KernelMigrations.attempts`, in unmap order (a folio whose
  /// unmap failed and was retried in a later unmap pass has two).
  public var attempts: [Int] = []
  /// The distinct source pfns, in unmap order.
  public var folios: [UInt64] = []
  /// The batch's first `set_migration_pte`.
  public let firstLine: Int
  /// Its last `set_migration_pte`: where the unmap phase ends.
  public var lastSetLine: Int
  /// The first `remove_migration_pte` after the last set: where the move
  /// phase (`migrate_folio_move()` of the first folio that moved, or the
  /// undo of the leftovers) shows; nil when no restore followed.
  public var moveLine: Int?
  /// The line that ended the batch: the migrator's next batch or its
  /// `mm_migrate_pages` (or `mm_migrate_pages_start`); nil when the trace ends first.
  public var endLine: Int?
  /// Folios restored to themselves (unmap or move failed, or left over).
  public var undone: [UInt64] = []
  /// Folios of this batch already tried in an earlier batch of the same
  /// call (6.3's synchronous one-by-one retry, or 6.1's next pass).
  public var retried: [UInt64] = []
}

/// One `migrate_pages()` call: `mm_migrate_pages_start` … `mm_migrate_pages`.
public struct MigrationCall: Sendable {
  public let pid: Int
  public let task: String
  public let line: Int
  public let reason: String
  /// `mode=` of `mm_migrate_pages_start` (`MIGRATE_SYNC`, `MIGRATE_ASYNC`, …).
  public var mode: String?
  public var endLine: Int?
  public var succeeded: Int?
  public var failed: Int?
  /// Indices into `KernelMigrations.attempts`.
  public var attempts: [Int] = []
  /// Indices into `KernelMigrations.batches`, in order.
  public var batches: [Int] = []
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
  /// How the kernel migrates a call's list.
  public enum Style: String, Sendable, Equatable {
    /// Linux 6.1 and earlier: `unmap_and_move()` of one folio after the other.
    case oneFolioAtATime = "one folio at a time"
    /// Linux 6.3 and later: `migrate_pages_batch()` unmaps several folios, then moves them.
    case batched
  }

  public var calls: [MigrationCall] = []
  public var attempts: [MigrationAttempt] = []
  public var batches: [MigrationBatch] = []
  /// The style the events were grouped in: given, or `.batched` when some
  /// batch had two folios both restored after both were unmapped (no 6.1
  /// kernel prints that).
  public private(set) var style: Style = .oneFolioAtATime
  /// Problems found while grouping, in line order.
  public var divergences: [KernelDivergence] = []
  public var eventsRead = 0

  /// Groups one scenario's trace events. `layout` decodes the PTE values;
  /// `style` nil infers it from the trace.
  public init(_ events: [(line: Int, event: FtraceEvent)], layout: X86PTE.Layout = .debian61, style: Style? = nil) {
    if let style {
      self.group(events, layout: layout, batching: style == .batched)
      self.style = style
      return
    }
    var batched = KernelMigrations()
    batched.group(events, layout: layout, batching: true)
    if batched.showsBatching {
      batched.style = .batched
      self = batched
    } else {
      self.group(events, layout: layout, batching: false)
    }
  }

  init() {}

  /// Some batch has two folios whose first restores both follow the batch's
  /// last entry: they were unmapped together, then moved.
  var showsBatching: Bool {
    batches.contains { b in
      b.attempts.filter { a in attempts[a].firstRemoveLine.map { $0 > b.lastSetLine } ?? false }.count >= 2
    }
  }

  private static func hex(_ v: UInt64) -> String { String(v, radix: 16) }

  /// The grouping. With `batching` false, every new folio (and every retry)
  /// starts a new batch: one folio at a time, as 6.1 migrates.
  private mutating func group(_ events: [(line: Int, event: FtraceEvent)], layout: X86PTE.Layout, batching: Bool) {
    var openCall: [Int: Int] = [:]  // pid → call index
    var openBatch: [Int: Int] = [:]  // pid → batch index
    // pid → the attempt its previous migration event restored an entry of
    // (consecutive removes of one folio belong together).
    var lastRemoved: [Int: Int] = [:]
    // Per batch: the removes since its last set, as (attempt, to its own pfn).
    var sinceLastSet: [Int: [(attempt: Int, undo: Bool)]] = [:]
    // Per call: what its pfns became, to catch a pfn used twice.
    var destinations: [Int: [UInt64: (source: UInt64, line: Int)]] = [:]  // new folio → the folio moved there
    var migrated: [Int: [UInt64: (to: UInt64, line: Int)]] = [:]  // source restored to a new folio
    var sources: [Int: [UInt64: Int]] = [:]  // source pfn → its first entry's line
    // Forks and exits with the lines their windows open and close at: a
    // fork from anon_vma_fork to its task's sched_process_fork (dup_mmap
    // copies the VMA in between), an exit from exit_mmap to its return.
    var forks: [(line: Int, pid: Int, start: UInt64, end: UInt64, until: Int?)] = []
    var exits: [(line: Int, pid: Int, until: Int?)] = []

    func close(_ pid: Int, at line: Int) {
      lastRemoved[pid] = nil
      guard let b = openBatch.removeValue(forKey: pid) else { return }
      batches[b].endLine = line
      for a in batches[b].attempts { attempts[a].terminator = line }
    }
    func diverge(_ line: Int, _ message: String) { divergences.append(KernelDivergence(line: line, message: message)) }
    func describe(_ b: Int) -> String {
      "the batch of \(batches[b].folios.count) folios unmapped from line \(batches[b].firstLine) (\(batches[b].folios.map { Self.hex($0) }.joined(separator: ", ")))"
    }
    /// A new folio's entries join batch `b` while it is still unmapping:
    /// nothing restored since its last entry, or only that folio's own
    /// entries, restored to itself (its unmap failed) while other folios of
    /// the batch wait, unmapped, for the move phase.
    func unmapping(_ b: Int) -> Bool {
      let since = sinceLastSet[b] ?? []
      if since.isEmpty { return true }
      guard let last = batches[b].attempts.last, since.allSatisfy({ $0.attempt == last && $0.undo }) else { return false }
      return batches[b].attempts.contains { $0 != last && attempts[$0].removes == 0 }
    }
    /// The attempt a restore belongs to, in a batch of several: the folio
    /// restored just before when it continues, else the first folio waiting
    /// for its move (in unmap order) with an entry at the address (its own
    /// pfn first: an undo), else one restored to that pfn before.
    func owner(_ b: Int, pid: Int, addr: UInt64, pfn: UInt64) -> Int {
      let mine = batches[b].attempts
      if mine.count == 1 { return mine[0] }
      if let t = lastRemoved[pid], mine.contains(t), attempts[t].addresses.contains(addr), attempts[t].restoredTo == pfn { return t }
      let waiting = mine.filter { attempts[$0].removes == 0 }
      if let t = waiting.first(where: { attempts[$0].pfn == pfn && attempts[$0].addresses.contains(addr) }) { return t }
      if let t = waiting.first(where: { attempts[$0].addresses.contains(addr) }) { return t }
      if let t = mine.last(where: { attempts[$0].restoredTo == pfn && attempts[$0].addresses.contains(addr) }) { return t }
      return waiting.first ?? mine.last!
    }

    for (line, e) in events {
      switch e.name {
      case "mm_migrate_pages_start":
        eventsRead += 1
        close(e.pid, at: line)
        openCall[e.pid] = calls.count
        var call = MigrationCall(pid: e.pid, task: e.task, line: line, reason: e.field("reason") ?? "?")
        call.mode = e.field("mode")
        calls.append(call)
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
          lastRemoved[e.pid] = nil
          // More entries of the folio being unmapped (one rmap walk).
          if let b = openBatch[e.pid], let a = batches[b].attempts.last, attempts[a].pfn == pfn, attempts[a].removes == 0 {
            attempts[a].events.append((line, .set(addr: addr, kind: kind, pfn: pfn)))
            attempts[a].addresses.insert(addr)
            batches[b].lastSetLine = line
            sinceLastSet[b] = []
            continue
          }
          // A new folio on the call's list: never one this call allocated
          // (a destination), never one it already migrated (freed).
          if let d = destinations[c]?[pfn] {
            diverge(line, "set_migration_pte of folio pfn \(Self.hex(pfn)), but pfn \(Self.hex(pfn)) is the new folio folio pfn \(Self.hex(d.source)) was moved to at line \(d.line) in this migrate_pages call: migrate_pages only migrates the folios isolated onto its list before it began, never one it allocated")
          } else if let m = migrated[c]?[pfn] {
            diverge(line, "set_migration_pte of folio pfn \(Self.hex(pfn)), but that folio was already migrated to pfn \(Self.hex(m.to)) at line \(m.line) in this migrate_pages call: its old folio was freed, and migrate_pages never takes a folio back onto its list")
          }
          if sources[c]?[pfn] == nil { sources[c, default: [:]][pfn] = line }
          var attempt = MigrationAttempt(migrator: e.task, pid: e.pid, pfn: pfn)
          attempt.addresses = [addr]
          attempt.events.append((line, .set(addr: addr, kind: kind, pfn: pfn)))
          let index = attempts.count
          if batching, let b = openBatch[e.pid], unmapping(b) {
            sinceLastSet[b] = []
          } else {
            close(e.pid, at: line)
            openBatch[e.pid] = batches.count
            calls[c].batches.append(batches.count)
            batches.append(MigrationBatch(pid: e.pid, call: c, firstLine: line, lastSetLine: line))
          }
          let b = openBatch[e.pid]!
          attempt.batch = b
          batches[b].attempts.append(index)
          batches[b].lastSetLine = line
          if !batches[b].folios.contains(pfn) { batches[b].folios.append(pfn) }
          calls[c].attempts.append(index)
          attempts.append(attempt)
        } else {
          guard case .present(let pfn, let write, _, _, _) = decoded else {
            diverge(line, "remove_migration_pte: pte=\(String(pte, radix: 16)) is not a present PTE (\(decoded))")
            continue
          }
          guard let b = openBatch[e.pid], !batches[b].attempts.isEmpty else {
            diverge(line, "remove_migration_pte by \(e.task)-\(e.pid) with no migration entry of it set before (no folio being migrated)")
            continue
          }
          let a = owner(b, pid: e.pid, addr: addr, pfn: pfn)
          let source = attempts[a].pfn
          if !attempts[a].addresses.contains(addr) {
            if batches[b].attempts.count == 1 {
              diverge(line, "remove_migration_pte at \(String(addr, radix: 16)): the folio's entries were set at \(attempts[a].addresses.map { String($0, radix: 16) }.sorted().joined(separator: ", "))")
            } else {
              diverge(line, "remove_migration_pte at \(String(addr, radix: 16)): no folio of \(describe(b)) has an entry there; expected the move phase of folio pfn \(Self.hex(source)), whose entries were set at \(attempts[a].addresses.map { String($0, radix: 16) }.sorted().joined(separator: ", "))")
            }
          }
          if let to = attempts[a].restoredTo, to != pfn {
            diverge(line, "remove_migration_pte maps pfn \(String(pfn, radix: 16)) after restoring to \(String(to, radix: 16)) in the same attempt")
          } else if pfn != source {
            // The new folio: allocated for this folio alone, so no other
            // folio of the call was moved there (unless an exit freed that
            // one since), and not a folio still on the call's list.
            if let d = destinations[c]?[pfn], d.source != source, !exits.contains(where: { ($0.until ?? Int.max) > d.line }) {
              diverge(line, "remove_migration_pte maps folio pfn \(Self.hex(source)) to pfn \(Self.hex(pfn)), but folio pfn \(Self.hex(d.source)) was moved to pfn \(Self.hex(pfn)) at line \(d.line) in this migrate_pages call: every folio gets a new folio of its own")
            } else if let s = sources[c]?[pfn], migrated[c]?[pfn] == nil {
              diverge(line, "remove_migration_pte maps folio pfn \(Self.hex(source)) to pfn \(Self.hex(pfn)), but pfn \(Self.hex(pfn)) is folio pfn \(Self.hex(pfn)) of this migrate_pages call (entries from line \(s)), not migrated away and so not free")
            } else if batches[b].folios.contains(pfn), let m = migrated[c]?[pfn] {
              // migrate_folio_unmap() allocates every new folio of a batch
              // before migrate_folio_move() frees any old one.
              diverge(line, "remove_migration_pte maps folio pfn \(Self.hex(source)) to pfn \(Self.hex(pfn)), but pfn \(Self.hex(pfn)) is a folio of \(describe(b)), freed only in its move phase (line \(m.line)), after every new folio of the batch was allocated in its unmap phase")
            }
            if destinations[c]?[pfn] == nil { destinations[c, default: [:]][pfn] = (source, line) }
            if migrated[c]?[source] == nil { migrated[c, default: [:]][source] = (pfn, line) }
          }
          attempts[a].events.append((line, .remove(addr: addr, write: write, pfn: pfn)))
          sinceLastSet[b, default: []].append((a, pfn == source))
          lastRemoved[e.pid] = a
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
    // Each batch: where its move phase shows, what it undid, what it retried.
    for b in batches.indices {
      let mine = batches[b].attempts.map { attempts[$0] }
      batches[b].moveLine = mine.flatMap(\.events).compactMap { e -> Int? in
        if case .remove = e.event, e.line > batches[b].lastSetLine { return e.line }
        return nil
      }.min()
      batches[b].undone = batches[b].folios.filter { pfn in mine.contains { $0.pfn == pfn && $0.undone } && !mine.contains { $0.pfn == pfn && $0.succeeded } }
      let earlier = calls[batches[b].call].batches.prefix { $0 != b }.flatMap { batches[$0].folios }
      batches[b].retried = batches[b].folios.filter(earlier.contains)
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
