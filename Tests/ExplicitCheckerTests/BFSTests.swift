import Testing
import RuleKit
@testable import ExplicitChecker

enum IncPC: Int, ModelEnum { case read, write, done }
enum LockPC: Int, ModelEnum { case first, second, release, done }

/// Two actors each increment a shared counter once, non-atomically (read
/// into a local, then write local + 1): the textbook lost update.
func lostUpdateModel() -> Model {
  let b = ModelBuilder(name: "lost-update")
  let counter = b.int("counter", max: 2)
  for n in 0..<2 {
    let a = b.actor("inc\(n)", title: "increment", pcs: IncPC.self)
    let tmp: StateVar<Int> = a.local("tmp", .int(max: 2))
    a.step("load", at: .read, kernel: "n/a") { r in
      r.set(tmp.value, counter.value)
      r.goto(.write)
    }
    a.step("store", at: .write, kernel: "n/a") { r in
      r.set(counter.value, tmp.value + 1)
      r.goto(.done)
    }
  }
  b.property(Property(id: "sum", title: "no lost update", statement: "both increments land",
                      atTermination: (counter.value == 2).node))
  b.property(Property(id: "deadlock", title: "deadlock", statement: "", checksDeadlock: true))
  return b.build()
}

/// Two actors taking two locks in opposite orders: ABBA.
func abbaModel() -> Model {
  let b = ModelBuilder(name: "abba")
  let l = b.mutex("L", count: 2)
  for n in 0..<2 {
    let a = b.actor("t\(n)", title: "locker", pcs: LockPC.self)
    let (x, y) = n == 0 ? (0, 1) : (1, 0)
    a.step("lock first", at: .first, kernel: "n/a") { r in r.acquire(l[x]); r.goto(.second) }
    a.step("lock second", at: .second, kernel: "n/a") { r in r.acquire(l[y]); r.goto(.release) }
    a.step("unlock", at: .release, kernel: "n/a") { r in r.release(l[y]); r.release(l[x]); r.goto(.done) }
  }
  b.property(Property(id: "deadlock", title: "deadlock freedom", statement: "", checksDeadlock: true))
  return b.build()
}

@Suite struct BFSTests {
  @Test func lostUpdateStateCountAndShortestTrace() {
    let m = lostUpdateModel()
    let r = BFSChecker(CompiledModel(m)).run()
    // Counted by hand as (pc0, tmp0, pc1, tmp1, counter): the initial state;
    // one load (2); both loads (1); one store before the other load (2); then
    // that load (2) and its store (2, counter 2); both loaded then one store
    // (2) and both stores (1, counter 1): 13.
    #expect(r.stats.states == ReferenceBFS(model: m).run().states)
    #expect(r.stats.states == 13)
    #expect(r.stats.complete)
    let sum = r.result(for: "sum")!
    #expect(sum.verdict == .violated)
    #expect(sum.trace!.steps.count == 4)  // load, load, store, store
    #expect(m.confirmViolation(sum.trace!) == nil)
    #expect(r.result(for: "deadlock")!.verdict == .holds)
    #expect(r.coverage.allSatisfy { $0.fired > 0 })
  }

  @Test func deadlockIsFoundWithTheShortestTrace() {
    let m = abbaModel()
    let r = BFSChecker(CompiledModel(m)).run()
    let d = r.result(for: "deadlock")!
    #expect(d.verdict == .violated)
    #expect(d.trace!.steps.map(\.rule) == ["lock first", "lock first"])
    #expect(d.trace!.violation!.kind == .deadlock)
    #expect(m.confirmViolation(d.trace!) == nil)
  }

  @Test func limitsGiveUnknownNotHolds() {
    let m = abbaModel()
    let byStates = BFSChecker(CompiledModel(m), options: CheckOptions(maxStates: 2)).run()
    #expect(!byStates.stats.complete)
    #expect(byStates.result(for: "deadlock")!.verdict == .unknown)
    let byDepth = BFSChecker(CompiledModel(m), options: CheckOptions(maxDepth: 1)).run()
    #expect(byDepth.result(for: "deadlock")!.verdict == .unknown)
    #expect(byDepth.stats.stoppedBy == "max-depth 1")
  }

  @Test func onlyRequestedPropertiesAreChecked() {
    let r = BFSChecker(CompiledModel(lostUpdateModel()), properties: ["deadlock"]).run()
    #expect(r.properties.map(\.property) == ["deadlock"])
  }

  @Test func fingerprintTableGrowsAndFinds() {
    var t = FingerprintTable(capacity: 4)
    for i in 1...10_000 { #expect(t.insert(UInt64(i) &* 0x9E37_79B9_7F4A_7C15 | 1, id: UInt32(i)).inserted) }
    #expect(t.count == 10_000)
    for i in 1...10_000 {
      let r = t.insert(UInt64(i) &* 0x9E37_79B9_7F4A_7C15 | 1, id: 0)
      #expect(!r.inserted && r.id == UInt32(i))
    }
  }

  @Test func fingerprintTableIsAValue() {
    var a = FingerprintTable(capacity: 4)
    _ = a.insert(5, id: 1)
    var b = a
    _ = b.insert(7, id: 2)
    for i in 100..<200 { _ = b.insert(UInt64(i), id: UInt32(i)) }  // grows b only
    #expect(a.count == 1 && a.contains(5) && !a.contains(7))
    #expect(b.count == 102 && b.contains(5) && b.contains(7))
    let again = b.insert(5, id: 9)
    #expect(again.id == 1 && !again.inserted)
  }

  @Test func fingerprintIsDeterministicAndSpreads() {
    var a = [UInt8](repeating: 0, count: 16)
    let h0 = a.withUnsafeBytes { Fingerprint.hash($0.baseAddress!, words: 2) }
    #expect(h0 == a.withUnsafeBytes { Fingerprint.hash($0.baseAddress!, words: 2) })
    var seen = Set<UInt64>([h0])
    for i in 0..<16 {
      for bit in 0..<8 {
        a[i] ^= UInt8(1 << bit)
        seen.insert(a.withUnsafeBytes { Fingerprint.hash($0.baseAddress!, words: 2) })
        a[i] ^= UInt8(1 << bit)
      }
    }
    #expect(seen.count == 129)  // every single-bit flip gives a new fingerprint
  }
}

/// An array read out of range in a guard is a modelling error naming the
/// rule and the variable, not a trap (the VM used to stop the process).
@Suite struct OutOfRangeReadTests {
  @Test func guardReadingOutOfRangeIsAModelError() {
    let b = ModelBuilder(name: "oob")
    let i = b.int("i", max: 3)
    let arr = b.bool("arr", dims: [2])
    let a = b.actor("walker", title: "walks past the end", pcs: IncPC.self)
    a.step("step", at: .read, kernel: "n/a") { r in
      r.require(!arr[i.value])
      r.update(i.value) { $0 + 1 }
      r.goto(ite(i.value == 0, Expr(IncPC.write), Expr(.read)))
    }
    a.step("again", at: .write, kernel: "n/a") { r in
      r.require(!arr[i.value + 1])  // i is 1 here: index 2, out of 0..<2
      r.goto(.done)
    }
    let result = BFSChecker(CompiledModel(b.build())).run()
    let e = try? #require(result.modelError)
    #expect(e?.message.contains("rule again (actor walker)") == true, "\(String(describing: e))")
    #expect(e?.message.contains("reads arr at index 2, outside 0..<2") == true, "\(String(describing: e))")
  }
}

/// An interrupt stops the search and keeps what it found: the properties
/// not yet violated are unknown, never holds.
@Suite struct InterruptTests {
  @Test func aSetFlagStopsTheSearchWithUnknownVerdicts() {
    let flag = InterruptFlag()
    #expect(flag.set(signal: 15))
    #expect(!flag.set(signal: 2))
    #expect(flag.signal == 15)
    let r = BFSChecker(CompiledModel(lostUpdateModel()), options: CheckOptions(interrupt: flag)).run()
    #expect(r.stats.interrupted)
    #expect(!r.stats.complete)
    #expect(r.properties.allSatisfy { $0.verdict == .unknown })
    // Without the flag the same search is complete (another search's flag is its own).
    flag.clear()
    let full = BFSChecker(CompiledModel(lostUpdateModel()), options: CheckOptions(interrupt: flag)).run()
    #expect(full.stats.complete)
    #expect(full.result(for: "sum")?.verdict == .violated)
  }
}
