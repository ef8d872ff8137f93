import Testing
import RuleKit
import ExplicitChecker
@testable import MigrationModel

/// Hand-made states: start from a configuration's initial state and poke cells by name.
struct Hand {
  let model: Model
  var s: [UInt8]
  init(_ config: ModelConfig) {
    model = MigrationModel.build(config)
    s = model.initial
  }
  func slot(_ name: String, _ idx: [Int]) -> Int {
    let v = model.layout.vars.firstIndex { $0.name == name }!
    return model.layout.vars[v].slot(idx)
  }
  subscript(_ name: String, _ idx: Int...) -> Int {
    get { Int(s[slot(name, idx)]) }
    set { s[slot(name, idx)] = UInt8(newValue) }
  }
  func holds(_ id: PropertyID) -> Bool {
    model.property(id.rawValue)!.invariant!.evaluate(model.layout, s) != 0
  }
  func terminationHolds(_ id: PropertyID) -> Bool {
    model.property(id.rawValue)!.atTermination!.evaluate(model.layout, s) != 0
  }
}

func forkConfig(_ insert: RmapInsert = .append) -> ModelConfig {
  var c = ModelConfig()
  c.processes = 2
  c.knobs.rmapInsert = insert
  c.actors = [.migrate(process: 0, page: 0), .fork(parent: 0, child: 1), .fault(process: 1, page: 0, write: false)]
  return c
}

/// The fork configuration plus a store by the parent: the model the engine
/// agreement tests sweep.
func forkWithWriter(_ insert: RmapInsert) -> Model {
  var config = forkConfig(insert)
  config.actors.append(.fault(process: 0, page: 0, write: true))
  return MigrationModel.build(config)
}

@Suite struct PropertyTests {
  @Test func initialStateSatisfiesEveryInvariant() {
    for config in [forkConfig(), forkConfig(.prepend)] {
      let h = Hand(config)
      for id in PropertyID.allCases where h.model.property(id.rawValue)?.invariant != nil {
        #expect(h.holds(id), "\(id) in the initial state")
      }
    }
  }

  @Test func noStaleMigrationEntry() {
    var h = Hand(forkConfig())
    h["pte", 0, 0] = PTEKind.migrationWrite.rawValue
    #expect(!h.holds(.noStaleMigrationEntry))  // F0 unlocked
    h["PG_locked", 0] = 1
    #expect(h.holds(.noStaleMigrationEntry))
  }

  @Test func noLostWrite() {
    var h = Hand(forkConfig())
    #expect(h.holds(.noLostWrite))
    h["folio.data", 0] = 0
    #expect(!h.holds(.noLostWrite))
    h["expected", 0, 0] = 0
    #expect(h.holds(.noLostWrite))
  }

  @Test func refcountSafety() {
    var h = Hand(forkConfig())
    h["folio.refcount", 0] = 2  // a reference nobody holds
    #expect(!h.holds(.refcountSafety))
    h["migrate0.isolated"] = 1  // now the migrator holds it
    #expect(h.holds(.refcountSafety))
    var freed = Hand(forkConfig())
    freed["folio.used", 0] = 0  // freed while a PTE still maps it
    freed["folio.refcount", 0] = 0
    freed["folio.mapcount", 0] = 0
    #expect(!freed.holds(.refcountSafety))
  }

  @Test func leakAtTermination() {
    var h = Hand(forkConfig())
    #expect(h.terminationHolds(.refcountSafety))
    h["PG_lru", 0] = 0  // left isolated
    #expect(!h.terminationHolds(.refcountSafety))
  }

  @Test func mappingConsistency() {
    var h = Hand(forkConfig())
    h["folio.mapping", 0] = 2  // NULL (noAnonVma = processes)
    #expect(!h.holds(.mappingConsistency))
    var unlinked = Hand(forkConfig())
    unlinked["anon_vma.len", 0] = 0  // the VMA is not in its anon_vma's list: rmap cannot find the PTE
    unlinked["anon_vma.list", 0, 0] = 0
    #expect(!unlinked.holds(.mappingConsistency))
  }

  @Test func appendOrder() {
    var h = Hand(forkConfig())
    h["anon_vma.len", 0] = 2
    h["anon_vma.list", 0, 0] = 0
    h["anon_vma.list", 0, 1] = 1
    #expect(h.holds(.appendOrder))
    h["anon_vma.list", 0, 0] = 1
    h["anon_vma.list", 0, 1] = 0
    #expect(!h.holds(.appendOrder))  // the child P1 precedes its parent P0
  }

  /// The BUG_ON in migration_entry_wait is an assertion of its rule.
  @Test func waiterSeesLockedPage() {
    var h = Hand(forkConfig())
    let wait = h.model.rules.firstIndex { $0.name == "migration_entry_wait" }!
    h["alive", 1] = 1
    h["pte", 1, 0] = PTEKind.migrationRead.rawValue
    h["fault0.pc"] = FaultPC.handle.rawValue
    #expect(h.model.guardHolds(wait, h.s))
    #expect(h.model.failedAssertions(wait, h.s).map(\.property) == ["waiter_sees_locked_page"])
    h["PG_locked", 0] = 1
    #expect(h.model.failedAssertions(wait, h.s).isEmpty)
  }

  /// Every rule names the kernel function it models.
  @Test func rulesCiteKernelFunctions() {
    let m = MigrationModel.build(forkConfig())
    for r in m.rules { #expect(r.kernelFunction.contains("()") || r.kernelFunction.hasPrefix("hardware"), "\(r.name)") }
  }
}

@Suite struct EngineAgreementTests {
  /// On every reachable state of a spec-sized model, the compiled guards and
  /// updates agree with the tree-walking reference evaluator.
  @Test(arguments: [RmapInsert.append, .prepend])
  func compiledMatchesReference(insert: RmapInsert) {
    let m = forkWithWriter(insert)
    let compiled = CompiledModel(m)
    var seen: Set<[UInt8]> = [m.initial]
    var frontier = [m.initial]
    var checked = 0
    while let s = frontier.popLast(), checked < 3000 {
      checked += 1
      for r in m.rules.indices {
        let tree = m.guardHolds(r, s)
        let pcOK = Int(s[compiled.pcSlots[m.rules[r].actor]]) == m.rules[r].pc
        let fast = pcOK && s.withUnsafeBufferPointer { compiled.guardHolds(r, $0.baseAddress!) }
        #expect(tree == fast, "guard of \(m.rules[r].name)")
        guard tree else { continue }
        let (ok, out) = compiled.applied(r, s)
        #expect(ok)
        #expect(out == m.apply(r, s), "update of \(m.rules[r].name)")
        if seen.insert(out).inserted { frontier.append(out) }
      }
    }
    #expect(checked > 100)
  }

  /// The compiled BFS and the reference BFS find the same state space.
  @Test func stateCountsAgree() {
    let m = MigrationModel.build(forkConfig())
    #expect(BFSChecker(CompiledModel(m)).run().stats.states == ReferenceBFS(model: m).run().states)
  }
}

@Suite struct ConfigTests {
  @Test func validationNamesTheField() {
    var c = forkConfig()
    c.actors.append(.fork(parent: 0, child: 1))
    let issues = c.validate()
    #expect(issues.contains { $0.actor == 3 && $0.field == "child" })
    var d = ModelConfig()
    d.actors = [.fault(process: 1, page: 0, write: false)]
    d.processes = 2
    #expect(d.validate().contains { $0.message.contains("never alive") })
    var e = ModelConfig()
    e.actors = [.migrate(process: 0, page: 1)]
    #expect(e.validate().contains { $0.field == "page" })
  }

  @Test func defaultFolioSlotsCoverTheActors() {
    var c = forkConfig()
    c.actors.append(.fault(process: 0, page: 0, write: true))
    #expect(c.effectiveFolios == 3)  // F0, the migration target, one new page
  }
}

@Suite struct IncrementalCheckingTests {
  /// Checking only the invariant conjuncts a step can change finds exactly
  /// the verdicts and shortest traces that full checking finds.
  @Test(arguments: [RmapInsert.append, .prepend])
  func incrementalMatchesFull(insert: RmapInsert) {
    let m = forkWithWriter(insert)
    let fast = BFSChecker(CompiledModel(m)).run()
    let full = BFSChecker(CompiledModel(m), options: CheckOptions(fullInvariantChecks: true)).run()
    #expect(fast.stats.states == full.stats.states)
    for (a, b) in zip(fast.properties, full.properties) {
      #expect(a.property == b.property)
      #expect(a.verdict == b.verdict, "\(a.property)")
      #expect(a.trace?.steps.count == b.trace?.steps.count, "\(a.property)")
    }
    if insert == .prepend { #expect(fast.result(for: "no_stale_migration_entry")?.verdict == .violated) }
  }
}

/// The 6.1-era properties (folio variants only).
@Suite struct AnonPropertyTests {
  @Test func anonExclusive() {
    var c = ModelConfig()
    c.actors = [.migrate(process: 0, page: 0)]
    var h = Hand(c)
    #expect(h.holds(.anonExclusive))  // P0 maps F0 writable, exclusive
    h["PG_anon_exclusive", 0] = 0
    #expect(!h.holds(.anonExclusive))  // writable but not exclusive
    h["pte.write", 0, 0] = 0
    #expect(h.holds(.anonExclusive))  // read-only, shared: fine
    h["PG_anon_exclusive", 0] = 1
    h["folio.mapcount", 0] = 2
    #expect(!h.holds(.anonExclusive))  // exclusive with two mappings
    // Not a property of the historical variants.
    c.variant = "swapless-2.6.17"
    #expect(Hand(c).model.property(PropertyID.anonExclusive.rawValue) == nil)
  }

  @Test func anonVmaAlive() {
    var c = ModelConfig()
    c.actors = [.migrate(process: 0, page: 0)]
    var h = Hand(c)
    #expect(h.holds(.anonVmaAlive))
    h["anon_vma.refcount", 0] = 0
    #expect(!h.holds(.anonVmaAlive))  // F0 is mapped through a freed anon_vma
    h["pte", 0, 0] = PTEKind.migrationWrite.rawValue
    h["folio.mapcount", 0] = 0
    #expect(!h.holds(.anonVmaAlive))  // a migration entry names it: still walked
    h["pte", 0, 0] = PTEKind.none.rawValue
    #expect(h.holds(.anonVmaAlive))  // nothing finds F0 through it any more
  }
}

/// 6.1's migration_entry_wait_on_locked is woken by folio_unlock itself: a
/// waiter runs even if the migration's retry has locked the folio again.
/// Older variants recheck PG_locked and sleep on.
@Suite struct WakeAtUnlockTests {
  static func schedule(_ variant: String) -> (missed: [String], fired: Bool) {
    var c = ModelConfig()
    c.variant = variant
    c.knobs.migratePasses = 2
    c.actors = [.migrate(process: 0, page: 0), .gup(process: 0, page: 0), .fault(process: 0, page: 0, write: false)]
    let m = MigrationModel.build(c)
    var s = m.initial
    var missed: [String] = []
    func fire(_ actor: String, _ rule: String) -> Bool {
      guard let r = m.rules.indices.first(where: { m.actors[m.rules[$0].actor].name == actor && m.rules[$0].name == rule && m.guardHolds($0, s) }) else { return false }
      s = m.apply(r, s)
      return true
    }
    // O_DIRECT holds a reference (the first attempt's refcount check fails).
    for r in ["mmap_read_lock", "follow_page: get_page"] where !fire("gup0", r) { missed.append(r) }
    for r in ["folio_isolate_lru", "get_new_page", "folio_trylock(src)", "folio_get_anon_vma", "folio_get_anon_vma: still mapped", "folio_trylock(dst)", "try_to_migrate", "try_to_migrate_one"] where !fire("migrate0", r) {
      missed.append(r)
    }
    // The load faults on the migration entry and sleeps.
    for r in ["page fault", "mmap_read_lock", "migration_entry_wait"] where !fire("fault0", r) { missed.append(r) }
    for r in ["try_to_migrate: walk done", "folio_migrate_mapping → -EAGAIN", "remove_migration_ptes", "remove_migration_pte",
              "remove_migration_ptes: walk done", "folio_unlock(dst)", "put_anon_vma", "folio_unlock(src)",
              "put_page(newpage) → retry", "get_new_page", "folio_trylock(src)"] where !fire("migrate0", r) {
      missed.append(r)
    }
    if s[m.layout.vars.first { $0.name == "PG_locked" }!.slot([0])] == 0 { missed.append("(F0 relocked)") }
    return (missed, fire("fault0", "folio_unlock woke us"))
  }

  @Test func wokenWaiterRunsWhileRelocked() {
    let modern = Self.schedule("folio-6.1")
    #expect(modern.missed.isEmpty, "the schedule did not run: \(modern.missed)")
    #expect(modern.fired, "6.1: the waiter woken at the unlock runs while the retry holds the lock")
    let old = Self.schedule("swapless-2.6.17")
    #expect(old.missed.isEmpty, "the schedule did not run: \(old.missed)")
    #expect(!old.fired, "2.6.17: wait_on_page_locked sleeps again while the folio is locked")
  }
}
