import Testing
@testable import RuleKit

enum TwoStep: Int, ModelEnum { case start, second, done }

/// A model with one integer `x` (0...max) and one actor whose single step
/// `body` writes.
func oneStep(_ name: String, max: Int, _ body: (inout Step<TwoStep>, StateVar<Int>) -> Void) -> (Model, StateVar<Int>) {
  let b = ModelBuilder(name: name)
  let x = b.int("x", max: max)
  let a = b.actor("a", title: "t", pcs: TwoStep.self)
  a.step(name, at: .start, kernel: "n/a") { r in
    body(&r, x)
    r.goto(.done)
  }
  return (b.build(), x)
}

@Suite struct RuleTests {
  /// Assignments are simultaneous: a swap reads both old values.
  @Test func assignmentsAreSimultaneous() {
    let b = ModelBuilder(name: "swap")
    let x = b.int("x", max: 3), y = b.int("y", max: 3)
    b.initially(x.value, 1)
    b.initially(y.value, 2)
    let a = b.actor("a", title: "swapper", pcs: TwoStep.self)
    a.step("swap", at: .start, kernel: "n/a") { r in
      r.set(x.value, y.value)
      r.set(y.value, x.value)
      r.goto(.done)
    }
    let m = b.build()
    let after = m.apply(0, m.initial)
    #expect(Int(after[m.layout[x.id].slot([])]) == 2)
    #expect(Int(after[m.layout[y.id].slot([])]) == 1)
    let (ok, out) = CompiledModel(m).applied(0, m.initial)
    #expect(ok)
    #expect(out == after)
  }

  /// `update` composes with an earlier assignment of the same cell, as
  /// sequential code would.
  @Test func updatesCompose() {
    let (m, x) = oneStep("twice", max: 7) { r, x in
      r.update(x.value) { $0 + 1 }
      r.update(x.value) { $0 + 2 }
      r.when(x.value == 0, x.value, Expr(5))  // x was 0: overrides to 5
    }
    #expect(m.apply(0, m.initial)[m.layout[x.id].slot([])] == 5)
  }

  /// Lock declarations generate the guard and the state change.
  @Test func locksGenerateGuardsAndUpdates() {
    let b = ModelBuilder(name: "locks")
    let l = b.mutex("L", count: 1)
    let rw = b.rwsem("RW", count: 1)
    let a = b.actor("a", title: "t", pcs: TwoStep.self)
    a.step("lock", at: .start, kernel: "n/a") { r in
      r.acquire(l[0])
      r.acquire(rw[0], .read)
      r.goto(.second)
    }
    a.step("unlock", at: .second, kernel: "n/a") { r in
      r.release(l[0])
      r.release(rw[0], .read)
      r.goto(.done)
    }
    let w = b.actor("w", title: "writer", pcs: TwoStep.self)
    w.step("write", at: .start, kernel: "n/a") { r in
      r.within(rw[0], .write)
      r.goto(.done)
    }
    let m = b.build()
    let s1 = m.apply(0, m.initial)
    #expect(Int(s1[m.layout[l.holder.id].slot([0])]) == 1)  // actor 0 holds it (id + 1)
    #expect(Int(s1[m.layout[rw.readers!.id].slot([0])]) == 1)
    #expect(!m.guardHolds(2, s1))  // the writer waits for the reader
    #expect(m.guardHolds(2, m.initial))
    #expect(m.rules[0].locks.map(\.action) == [.acquire, .acquire])
    #expect(m.rules[2].locks.first?.action == .within)
    let s2 = m.apply(1, s1)
    #expect(s2 == m.initial.enumerated().map { i, v in i == m.layout[m.actors[0].pcVar].slot([]) ? UInt8(2) : v })
  }

  /// Writing outside a domain is a modelling error the compiled apply reports.
  @Test func domainOverflowIsReported() {
    let (m, _) = oneStep("inc", max: 1) { r, x in r.update(x.value) { $0 + 2 } }
    let compiled = CompiledModel(m)
    #expect(!compiled.applied(0, m.initial).ok)
    #expect(compiled.diagnoseApply(0, m.initial).message.contains("outside 0...1"))
  }

  /// Two dynamic writes that hit the same cell are reported, not silently merged.
  @Test func aliasingWritesAreReported() {
    let b = ModelBuilder(name: "alias")
    let arr = b.int("arr", max: 3, dims: [2])
    let i = b.int("i", max: 1), j = b.int("j", max: 1)
    let a = b.actor("a", title: "t", pcs: TwoStep.self)
    a.step("both", at: .start, kernel: "n/a") { r in
      r.set(arr[i.value], 1)
      r.set(arr[j.value], 2)
      r.goto(.done)
    }
    let m = b.build()
    let compiled = CompiledModel(m)
    #expect(!compiled.applied(0, m.initial).ok)  // i == j == 0
    #expect(compiled.diagnoseApply(0, m.initial).message.contains("both write"))
  }

  @Test func replayNamesTheFailingStep() {
    let b = ModelBuilder(name: "replay")
    let x = b.int("x", max: 3)
    let a = b.actor("a", title: "t", pcs: TwoStep.self)
    a.step("go", at: .start, kernel: "n/a") { r in
      r.require(x.value == 0)
      r.goto(.second)
    }
    a.step("go", at: .second, kernel: "n/a") { r in r.goto(.done) }
    let m = b.build()
    let good = [TraceStep(actor: "a", at: "start", rule: "go", args: [:]), TraceStep(actor: "a", at: "second", rule: "go", args: [:])]
    #expect(throws: Never.self) { try m.replay(good) }
    let bad = [good[1]]
    #expect { try m.replay(bad) } throws: { e in
      (e as? ReplayError)?.stepIndex == 0 && (e as! ReplayError).description.contains("not enabled")
    }
  }
}
