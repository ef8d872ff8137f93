import KernelTrace
import MigSpecReference
import MigrationModel
import RuleKit

/// Checks a real kernel's migrations against folio-6.1 or folio-6.12.
///
/// Each migration attempt of the trace (one folio's `__unmap_and_move` in
/// 6.1; in 6.3+ one folio's `migrate_folio_unmap` and `migrate_folio_move`
/// inside its batch, see `KernelMigrations`) becomes a small configuration of
/// the model (folio-6.12: a `migrate_pages` call of that one folio, the same
/// per-folio rules a batch runs; the batch's order — every unmap before the
/// first move — is checked on the trace by `KernelMigrations`): the folio
/// mapped by P0 and by already-forked children sharing it, one of which may
/// break COW first, P0 may write it, one `fork` actor per fork the trace
/// shows covering its address, one `exit` actor per exit it shows. The attempt's events are the labels the
/// tracepoints would print for a run of those rules: a PTE going from
/// present to a migration entry is `set_migration_pte(kind)`, an entry going
/// back to present is `remove_migration_pte(write?, new|old folio)`, a fork
/// actor entering `anon_vma_fork` (where the kprobe fires, before the root
/// anon_vma lock is taken) is `anon_vma_fork`, an exit actor starting
/// `exit_mmap` is `exit_mmap`. Every other step is
/// invisible to the kernel's tracepoints and may happen anywhere. The attempt
/// conforms when some run of the rules prints exactly its lines and then
/// finishes the migration.
public struct KernelConformance {
  public struct Verdict: Sendable {
    public let labels: [String]
    /// nil when the attempt needs more processes than the model has.
    public let outcome: LabelledConformance.Outcome?
    /// The configuration that was checked, in words.
    public let configuration: String
  }

  private var memo: [[String]: Verdict] = [:]
  public private(set) var modelsBuilt = 0
  /// The variant the kernel is checked against: `folio-6.1` or `folio-6.12`.
  public let model: String

  public init(model: String = "folio-6.1") { self.model = model }

  /// The models `migspec kernel` can check against.
  public static let models = ["folio-6.1", "folio-6.12"]

  /// The label the kernel's tracepoint line stands for.
  public static func label(_ e: KernelEvent, source: UInt64) -> String {
    switch e {
    case .set(_, let kind, _): return "set_migration_pte(\(kind.rawValue))"
    case .remove(_, let write, let pfn): return "remove_migration_pte(\(write ? "writable" : "read-only"), \(pfn == source ? "old folio" : "new folio"))"
    case .fork: return "anon_vma_fork"
    case .exit: return "exit_mmap"
    }
  }

  /// The folio-6.1 configuration for an attempt with `sets` entries, and
  /// `forks` forks and `exits` exits in its window.
  static func configuration(sets: Int, forks: Int, exits: Int, model: String = "folio-6.1") -> ModelConfig {
    var c = ModelConfig()
    c.variant = model
    // P0 and the children sharing the folio; with one entry, a child that
    // breaks COW first (a lone read-only mapping needs a fork in its past).
    // Children 1...exits may exit; the last one may write.
    let sharers = max(sets, 2, exits + 2)
    c.processes = sharers + forks
    c.initialProcesses = sharers
    c.pages = 1
    c.mapped = [0]
    c.knobs.rmapInsert = .append
    c.knobs.migratePasses = 1  // a retry is a new attempt in the trace
    c.actors = [.migrate(process: 0, page: 0), .fault(process: 0, page: 0, write: true), .fault(process: sharers - 1, page: 0, write: true)]
    c.actors += (0..<forks).map { .fork(parent: 0, child: sharers + $0) }
    c.actors += (0..<exits).map { .exit(process: 1 + $0) }
    return c
  }

  /// Validates one attempt's labels (memoised: equal label sequences get equal verdicts).
  ///
  /// A conforming run of a configuration without some of the forks and
  /// exits around the attempt is a conforming run, so the smaller
  /// configurations are tried first (they are often the only ones within
  /// the model's process bound); a divergence is only reported for the full
  /// sequence.
  public mutating func check(_ attempt: MigrationAttempt) -> Verdict {
    let labels = attempt.events.map { Self.label($0.event, source: attempt.pfn) }
    let fewer = [labels.filter { $0 != "anon_vma_fork" && $0 != "exit_mmap" }, labels.filter { $0 != "exit_mmap" }, labels.filter { $0 != "anon_vma_fork" }]
    for candidate in fewer where candidate != labels {
      let v = check(labels: candidate)
      if v.outcome?.conforms == true { return v }
    }
    return check(labels: labels)
  }

  /// Validates a label sequence in the smallest configuration that has its forks and exits.
  mutating func check(labels: [String]) -> Verdict {
    if let v = memo[labels] { return v }
    let sets = labels.filter { $0.hasPrefix("set_") }.count
    let forks = labels.filter { $0 == "anon_vma_fork" }.count
    let exits = labels.filter { $0 == "exit_mmap" }.count
    let config = Self.configuration(sets: sets, forks: forks, exits: exits, model: model)
    if !MigrationModel.validate(config).isEmpty {
      let v = Verdict(labels: labels, outcome: nil, configuration: "\(config.processes) processes: beyond the model's bound of 6")
      memo[labels] = v
      return v
    }
    let model = MigrationModel.build(config, name: "kernel-attempt")
    modelsBuilt += 1
    let compiled = CompiledModel(model)
    let layout = model.layout
    func decl(_ name: String) -> VarDecl { layout.vars.first { $0.name == name }! }
    let kind = decl("pte"), folio = decl("pte.folio"), write = decl("pte.write")
    let P = kind.dims[0]
    let slots = (0..<P).map { (kind.slot([$0, 0]), folio.slot([$0, 0]), write.slot([$0, 0])) }
    let source = model.initial[folio.slot([0, 0])]
    let migrator = model.actors.firstIndex { $0.name == "migrate0" }!
    let pcSlot = layout[model.actors[migrator].pcVar].slot([])
    let done = UInt8(model.actors[migrator].donePC)
    // The kprobe fires on entry to anon_vma_fork(), before anon_vma_clone()
    // takes the root anon_vma lock: the step that brings a fork actor there.
    let forkEntries: [(slot: Int, pc: UInt8)] = model.actors.filter { $0.name.hasPrefix("fork") }.map { a in
      (layout[a.pcVar].slot([]), UInt8(a.pcLabels.firstIndex(of: "\(ForkPC.anonVmaFork)")!))
    }
    let entryNames = [2: "read", 3: "read-exclusive", 4: "write"]
    // The exit_mmap kprobe: an exit actor's first step.
    let exitStarts: [Int] = model.actors.filter { $0.name.hasPrefix("exit") }.map { layout[$0.pcVar].slot([]) }
    let exitStart = UInt8(ExitPC.lockRead.rawValue)
    let label: (Int, [UInt8], [UInt8]) -> String? = { r, s, t in
      _ = r
      for (slot, pc) in forkEntries where s[slot] != pc && t[slot] == pc { return "anon_vma_fork" }
      for slot in exitStarts where s[slot] == exitStart && t[slot] != exitStart { return "exit_mmap" }
      for (k, f, w) in slots where s[k] != t[k] {
        if s[k] == 1, let entry = entryNames[Int(t[k])] { return "set_migration_pte(\(entry))" }
        if entryNames[Int(s[k])] != nil, t[k] == 1 {
          return "remove_migration_pte(\(t[w] != 0 ? "writable" : "read-only"), \(t[f] == source ? "old folio" : "new folio"))"
        }
      }
      return nil
    }
    let checker = LabelledConformance(model: compiled, label: label, accepting: { $0[pcSlot] == done })
    let verdict = Verdict(labels: labels, outcome: checker.validate(labels),
                          configuration: "P0 and \(config.initialProcesses - 1) forked children sharing F0 (P\(config.initialProcesses - 1) may write it first), P0 may write it, \(forks) fork(s) and \(exits) exit(s) around the migration")
    memo[labels] = verdict
    return verdict
  }
}

/// The outcome of one scenario of a kernel run.
public struct ScenarioReport: Sendable {
  public let name: String
  /// Distinct folios (source pfns) restored to a new folio.
  public let foliosMigrated: Int
  public let attempts: Int
  public let calls: Int
  /// Batches (6.3+: `migrate_pages_batch` runs; 6.1: one per attempt) and the largest one's folios.
  public let batches: Int
  public let largestBatch: Int
  public let eventsChecked: Int
  /// Attempts with more mappings and forks than the model's process bound: not checked.
  public let unchecked: Int
  /// Attempts with more restores than entries (a fork copied one) and with fewer (an exit zapped one).
  public let extraRestores: Int
  public let missingRestores: Int
  /// Data checks of the workload (`checks=` of its result line).
  public let dataChecks: Int?
  /// The first problem, in line order: a divergence from the model, a
  /// contradiction in the events, a failed data check, lost events.
  public let divergence: KernelDivergence?
  /// What the model allowed instead at the divergence, if the model was asked.
  public let allowed: [String]
  public var conforms: Bool { divergence == nil }
}

extension KernelConformance {
  /// Checks one scenario of a capture: data, completeness, then every attempt against the model.
  /// `style`: how the kernel migrates (one folio at a time up to 6.2, in
  /// batches since 6.3); nil infers it from the trace.
  public mutating func check(_ scenario: KernelCapture.Scenario, layout: X86PTE.Layout = .debian61, style: KernelMigrations.Style? = nil) -> ScenarioReport {
    let migrations = KernelMigrations(scenario.events, layout: layout, style: style ?? (model == "folio-6.12" ? .batched : .oneFolioAtATime))
    // Does the trace itself show batches (two folios unmapped before either is restored)?
    let batchedTrace = migrations.style == .batched || (style == nil && model != "folio-6.12" && KernelMigrations(scenario.events, layout: layout, style: nil).style == .batched)
    // The attempt that starts at a line (its first migration entry).
    let startsAt = Dictionary(migrations.attempts.map { ($0.firstLine, $0) }, uniquingKeysWith: { a, _ in a })
    var unchecked = 0
    var problems = migrations.divergences.map { ($0, [String]()) }
    if let lost = scenario.lostEvents.first {
      problems.append((KernelDivergence(line: lost.line, message: "the ring buffer lost \(lost.count) events on CPU \(lost.cpu): the trace is incomplete"), []))
    }
    let result = scenario.result
    if let mismatch = scenario.workload.first(where: { $0.text.contains("MISMATCH") || $0.text.contains("result=FAILED") }) {
      problems.append((KernelDivergence(line: mismatch.line, message: "the workload's data check failed: \(mismatch.text)"), []))
    } else if result == nil {
      problems.append((KernelDivergence(line: scenario.line, message: "the workload printed no result line (did it crash?)"), []))
    }
    if scenario.traceEnd == nil {
      problems.append((KernelDivergence(line: scenario.traceBegin ?? scenario.line, message: "the trace of \(scenario.name) is cut off (no \"migspec: trace end\")"), []))
    }
    if migrations.eventsRead == 0 {
      problems.append((KernelDivergence(line: scenario.traceBegin ?? scenario.line, message: "trace empty: no migration events (does this kernel have the migrate tracepoints? see \"tracepoint missing\" lines)"), []))
    }
    for attempt in migrations.attempts {
      let v = check(attempt)
      guard let outcome = v.outcome else {
        unchecked += 1
        continue
      }
      guard let k = outcome.divergesAt else { continue }
      let source = String(attempt.pfn, radix: 16)
      if outcome.exhausted {
        problems.append((KernelDivergence(line: attempt.firstLine, message: "the model search for folio pfn \(source) gave up (more than its state bound)"), []))
        continue
      }
      // In a batch of several folios (6.3's migrate_pages_batch), say where
      // in the batch: its unmap phase, its move phase.
      let batch = attempt.batch.map { migrations.batches[$0] }.flatMap { $0.folios.count > 1 ? $0 : nil }
      func phase(_ line: Int) -> String {
        guard let batch else { return "" }
        return line <= batch.lastSetLine ? "; in the unmap phase of the batch of \(batch.folios.count) folios from line \(batch.firstLine)"
          : "; in the move phase of the batch of \(batch.folios.count) folios unmapped from line \(batch.firstLine)"
      }
      let move = attempt.removes == 0 ? "the move phase of folio pfn \(source) (its entries restored, to its new folio or undone to itself)"
        : "the rest of the move phase of folio pfn \(source) (\(attempt.removes) of its entries restored)"
      if k < attempt.events.count {
        problems.append((KernelDivergence(line: attempt.events[k].line, message: "\(v.labels[k]) of folio pfn \(source) (migrated by \(attempt.migrator)-\(attempt.pid)\(phase(attempt.events[k].line))) is not what \(model) allows after \(k == 0 ? "the start" : v.labels[..<k].joined(separator: ", "))"), outcome.allowed))
      } else if let end = attempt.terminator, let batch {
        problems.append((KernelDivergence(line: end, message: "the batch of \(batch.folios.count) folios unmapped from line \(batch.firstLine) (by \(attempt.migrator)-\(attempt.pid)) ends here without \(move), but \(model) cannot finish it after \(v.labels.joined(separator: ", "))"), outcome.allowed))
      } else if let end = attempt.terminator, attempt.removes == 0, let next = startsAt[end], next.pid == attempt.pid, next.pfn != attempt.pfn {
        // 6.1 moves each folio before it unmaps the next. A trace that
        // unmaps the next first is missing restores, or is a batched
        // kernel's (6.3+): say which when the trace shows batches.
        let hint = batchedTrace && model != "folio-6.12" ? "; this trace unmaps several folios before it moves them (migrate_pages_batch, Linux 6.3+): check it with --model folio-6.12" : ""
        problems.append((KernelDivergence(line: end, message: "the unmap of folio pfn \(String(next.pfn, radix: 16)) starts here, but \(model) expected the move phase of folio pfn \(source) (by \(attempt.migrator)-\(attempt.pid)) first, its entries restored: \(model) cannot finish it after \(v.labels.joined(separator: ", "))\(hint)"), outcome.allowed))
      } else if let end = attempt.terminator {
        problems.append((KernelDivergence(line: end, message: "the migration of folio pfn \(source) (by \(attempt.migrator)-\(attempt.pid)) ends here, but \(model) cannot finish it after \(v.labels.joined(separator: ", "))"), outcome.allowed))
      } else if let batch {
        problems.append((KernelDivergence(line: attempt.events.last?.line ?? 0, message: "the trace ends inside the batch of \(batch.folios.count) folios unmapped from line \(batch.firstLine), before \(move)"), outcome.allowed))
      } else {
        problems.append((KernelDivergence(line: attempt.events.last?.line ?? 0, message: "the trace ends inside the migration of folio pfn \(source)"), outcome.allowed))
      }
    }
    let first = problems.min { $0.0.line < $1.0.line }
    return ScenarioReport(
      name: scenario.name, foliosMigrated: Set(migrations.attempts.filter(\.succeeded).map(\.pfn)).count,
      attempts: migrations.attempts.count, calls: migrations.calls.count, batches: migrations.batches.count,
      largestBatch: migrations.batches.map(\.folios.count).max() ?? 0, eventsChecked: migrations.eventsRead,
      unchecked: unchecked, extraRestores: migrations.attempts.filter { $0.removes > $0.sets }.count,
      missingRestores: migrations.attempts.filter { $0.removes < $0.sets }.count, dataChecks: result?["checks"].flatMap { Int($0) }, divergence: first?.0, allowed: first?.1 ?? [])
  }
}
