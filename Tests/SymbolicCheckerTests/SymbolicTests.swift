import Foundation
import Testing
import ExplicitChecker
import MigrationModel
import RuleKit
import Z3Kit
@testable import SymbolicChecker

func clock() -> Double { monotonicSeconds() }

func config(_ actors: [ActorConfig], processes: Int = 2, insert: RmapInsert = .append, passes: Int = 1) -> ModelConfig {
  var c = ModelConfig()
  c.processes = processes
  c.knobs.rmapInsert = insert
  c.knobs.migratePasses = passes
  c.actors = actors
  return c
}

/// The depth at which BMC should first see a violation, from the explicit
/// engine's shortest trace (an assertion fires on the step after the state).
func bmcDepth(_ t: Trace) -> Int { t.violation?.kind == .assertion ? t.steps.count - 1 : t.steps.count }

@Suite(.serialized) struct CrossCheckTests {
  static let configs: [(String, ModelConfig)] = [
    ("fork-append", config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)])),
    ("fork-prepend", config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)], insert: .prepend)),
    ("fault", config([.migrate(process: 0, page: 0), .fault(process: 0, page: 0, write: true)], processes: 1)),
    ("fork-any", config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)], insert: .any)),
  ]

  /// With the insertion position left to the engines, every counterexample
  /// of either engine takes the prepend rule: append keeps the properties.
  @Test func freeInsertionPositionBlamesPrepend() throws {
    let model = MigrationModel.build(config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)], insert: .any))
    let explicit = BFSChecker(CompiledModel(model)).run()
    let stale = try #require(explicit.result(for: "no_stale_migration_entry")?.trace)
    #expect(stale.steps.contains { $0.rule == "anon_vma_fork (prepend)" })
    for r in explicit.properties { if let t = r.trace { #expect(t.steps.contains { $0.rule == "anon_vma_fork (prepend)" }, "\(r.property)") } }
    let symbolic = try BoundedModelChecker(model: model, options: ProveOptions(depth: 4, induction: false), properties: ["append_order"]).run(clock: clock)
    #expect(symbolic[0].verdict == .violated)
    #expect(symbolic[0].trace!.steps.contains { $0.rule == "anon_vma_fork (prepend)" })
  }

  /// Explicit BFS and Z3 BMC agree at every depth up to K: the same
  /// properties violated, each first at the same depth, and BMC's
  /// counterexamples replay on the concrete rules.
  @Test(arguments: 0..<CrossCheckTests.configs.count)
  func explicitAndBMCAgree(index: Int) throws {
    let (name, cfg) = Self.configs[index]
    let k = 8
    let model = MigrationModel.build(cfg, name: name)
    let explicit = BFSChecker(CompiledModel(model)).run()
    let symbolic = try BoundedModelChecker(model: model, options: ProveOptions(depth: k, induction: false)).run(clock: clock)
    for s in symbolic {
      let e = explicit.result(for: s.property)!
      let explicitDepth = e.trace.map(bmcDepth)
      if let d = explicitDepth, d <= k {
        #expect(s.verdict == .violated, "\(name)/\(s.property): explicit violates at \(d)")
        #expect(s.depth == d, "\(name)/\(s.property)")
        #expect(model.confirmViolation(s.trace!) == nil, "\(name)/\(s.property): BMC trace must replay")
        #expect(bmcDepth(s.trace!) == d)
      } else {
        #expect(s.verdict == .holds, "\(name)/\(s.property): explicit has no violation within \(k)")
      }
    }
  }

  /// For random reachable states and every rule, the successor Z3 computes
  /// from the translated rule equals the concrete one, and a rule is
  /// enabled for Z3 exactly when its guard holds concretely.
  @Test func symbolicSuccessorMatchesConcrete() throws {
    let model = MigrationModel.build(config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1),
                                             .fault(process: 1, page: 0, write: true)]))
    // Collect reachable states.
    var seen: Set<[UInt8]> = [model.initial]
    var frontier = [model.initial]
    var all = [model.initial]
    while let s = frontier.popLast(), all.count < 400 {
      for r in model.rules.indices where model.guardHolds(r, s) {
        let t = model.apply(r, s)
        if seen.insert(t).inserted { frontier.append(t); all.append(t) }
      }
    }
    let z = Z3Context()
    let enc = Encoder(model: model, context: z)
    let cur = try enc.stateVars(0), next = try enc.stateVars(1), choice = try enc.ruleVar(0)
    let step = try enc.transition(cur, next, choice: choice)
    var checked = 0
    // Every 10th reachable state (deterministic), every rule.
    for s in stride(from: 0, to: all.count, by: 10).map({ all[$0] }) {
      for r in model.rules.indices {
        let solver = try Z3Solver(z, logic: "QF_BV")
        try solver.assert(step)
        for (k, v) in s.enumerated() { try solver.assert(try cur[k].eq(try z.bv(Int(v), width: 8))) }
        try solver.assert(try choice.eq(try z.bv(r, width: enc.ruleWidth)))
        let answer = try solver.check()
        if model.guardHolds(r, s) {
          #expect(answer == .sat, "rule \(model.rules[r].name) enabled concretely")
          guard answer == .sat else { continue }
          let m = try solver.model()
          let symbolic = try next.map { t throws(Z3Error) in UInt8(try m.int(t)) }
          #expect(symbolic == model.apply(r, s), "successor of \(model.rules[r].name)")
          checked += 1
        } else {
          #expect(answer == .unsat, "rule \(model.rules[r].name) disabled concretely")
        }
      }
    }
    #expect(checked >= 40)
  }
}

@Suite struct InductionTests {
  /// Two tasks and a mutex: "not both in the critical section", strengthened
  /// by "a task in its critical section holds the lock", is 1-inductive.
  @Test func inductionClosesOnAMutex() throws {
    enum PC: Int, ModelEnum { case idle, critical, done }
    let b = ModelBuilder(name: "mutex")
    let l = b.mutex("&lock", count: 1)
    var pcs: [Expr<PC>] = []
    for i in 0..<2 {
      let a = b.actor("t\(i)", title: "task", pcs: PC.self)
      a.step("lock", at: .idle, kernel: "mutex_lock()") { r in r.acquire(l[0]); r.goto(.critical) }
      a.step("unlock", at: .critical, kernel: "mutex_unlock()") { r in r.release(l[0]); r.goto(.done) }
      pcs.append(a.pc)
    }
    b.property(Property(id: "mutual_exclusion", title: "mutual exclusion", statement: "",
                        invariant: (!(pcs[0] == .critical && pcs[1] == .critical)).node))
    b.property(Property(id: "owner", title: "owner holds the lock", statement: "",
                        invariant: all(0..<2) { i in implies(pcs[i] == .critical, l[0].holder == Expr(i + 1)) }.node))
    let results = try BoundedModelChecker(model: b.build(), options: ProveOptions(depth: 3)).run(clock: clock)
    for r in results {
      #expect(r.verdict == .holds)
      #expect(r.engine == "z3-kind")
      #expect(r.inductionDepth == 1)
      #expect(r.bound.contains("proved for every depth"))
    }
  }

  /// A property violated only beyond the BMC depth is never "proved":
  /// induction must fail on it, and the verdict says the depth it holds to.
  @Test func inductionDoesNotOverclaim() throws {
    enum PC: Int, ModelEnum { case counting, done }
    let b = ModelBuilder(name: "counter")
    let x = b.int("x", max: 7)
    let a = b.actor("c", title: "counter", pcs: PC.self)
    a.step("inc", at: .counting, kernel: "inc()") { r in
      r.require(x.value < 7)
      r.update(x.value) { $0 + 1 }
    }
    a.step("stop", at: .counting, kernel: "stop()") { r in r.goto(.done) }
    b.property(Property(id: "below_five", title: "x below 5", statement: "", invariant: (x.value < 5).node))
    let shallow = try BoundedModelChecker(model: b.build(), options: ProveOptions(depth: 3)).run(clock: clock)[0]
    #expect(shallow.verdict == .holds)
    #expect(shallow.inductionDepth == nil)
    #expect(shallow.bound == "holds to depth 3")
    let deep = try BoundedModelChecker(model: b.build(), options: ProveOptions(depth: 6)).run(clock: clock)[0]
    #expect(deep.verdict == .violated)
    #expect(deep.depth == 5)
    #expect(deep.bound == "violated after 5 steps")
  }

  /// An interrupt (or a spent time budget) stops BMC: what it found is
  /// kept, the rest is unknown with the reason, never holds.
  @Test func interruptAndBudgetGiveUnknown() throws {
    let model = MigrationModel.build(config([.migrate(process: 0, page: 0), .fork(parent: 0, child: 1)], insert: .prepend))
    let flag = InterruptFlag()
    flag.set(signal: 2)
    let cut = try BoundedModelChecker(model: model, options: ProveOptions(depth: 30, interrupt: flag)).run(clock: clock)
    #expect(!cut.isEmpty)
    for r in cut {
      #expect(r.verdict == .unknown)
      #expect(r.reason == "interrupted")
      #expect(r.bound == "unknown before depth 0: interrupted")
    }
    // A budget: append_order breaks at depth 3, well inside it; the deep
    // races do not fit in 2 s and stay unknown at the depth reached.
    let t0 = monotonicSeconds()
    let budget = try BoundedModelChecker(model: model, options: ProveOptions(depth: 40, budgetSeconds: 2, interrupt: InterruptFlag())).run(clock: clock)
    #expect(monotonicSeconds() - t0 < 10)
    #expect(budget.first { $0.property == "append_order" }?.verdict == .violated)
    let open = budget.filter { $0.verdict != .violated }
    #expect(!open.isEmpty)
    for r in open {
      #expect(r.verdict == .unknown)
      #expect(r.reason == "time budget")
      #expect(r.depth >= 3 && r.depth < 40)
    }
  }
}
