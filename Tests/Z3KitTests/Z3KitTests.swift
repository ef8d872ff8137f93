import Testing
@testable import Z3Kit

@Suite struct Z3KitTests {
  @Test func satWithModel() throws {
    let z = Z3Context()
    let x = try z.intConst("x"), y = try z.intConst("y")
    let s = try Z3Solver(z)
    try s.assert(try x.add(y).eq(try z.int(10)))
    try s.assert(try x.sub(y).eq(try z.int(4)))
    #expect(try s.check() == .sat)
    let m = try s.model()
    #expect(try m.int(x) == 7)
    #expect(try m.int(y) == 3)
  }

  @Test func unsatCoreNamesTheConflict() throws {
    let z = Z3Context()
    let x = try z.intConst("x")
    let s = try Z3Solver(z)
    try s.assert(try x.gt(try z.int(5)), tracking: try z.boolConst("big"))
    try s.assert(try x.lt(try z.int(3)), tracking: try z.boolConst("small"))
    try s.assert(try x.ge(try z.int(0)), tracking: try z.boolConst("nonneg"))
    #expect(try s.check() == .unsat)
    #expect(Set(try s.unsatCore()) == ["big", "small"])
  }

  @Test func pushPopAndAssumptions() throws {
    let z = Z3Context()
    let b = try z.boolConst("b")
    let s = try Z3Solver(z)
    try s.push()
    try s.assert(try b.not())
    #expect(try s.check(assuming: [b]) == .unsat)
    try s.pop()
    #expect(try s.check(assuming: [b]) == .sat)
  }

  /// A sort error comes back as a thrown Z3Error, not a process exit.
  @Test func sortErrorsAreThrown() throws {
    let z = Z3Context()
    let x = try z.intConst("x"), b = try z.boolConst("b")
    #expect(throws: Z3Error.self) { _ = try x.add(b) }
    // The context stays usable after the error.
    #expect(try x.add(try z.int(1)).smtlib == "(+ x 1)")
  }

  /// A resource limit makes Z3 answer unknown, and unknown stays unknown.
  @Test func resourceLimitGivesUnknown() throws {
    let z = Z3Context()
    let s = try Z3Solver(z, resourceLimit: 1)
    // Pigeonhole: 7 integers in 0...5, pairwise distinct (unsat, but not at once).
    let xs = try (0..<7).map { i throws(Z3Error) in try z.intConst("p\(i)") }
    for x in xs { try s.assert(try x.ge(try z.int(0))); try s.assert(try x.le(try z.int(5))) }
    for i in 0..<xs.count { for j in (i + 1)..<xs.count { try s.assert(try xs[i].eq(xs[j]).not()) } }
    let r = try s.check()
    if case .unknown = r {} else { Issue.record("expected unknown, got \(r)") }
  }

  @Test func versionIsKnown() {
    #expect(Z3Context.version.split(separator: ".").count == 3)
  }
}
