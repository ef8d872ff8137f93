import RuleKit
import Z3Kit

/// The outcome of checking a lock graph against a hierarchy.
public struct LockReport: Sendable {
  public let graph: LockGraph
  public let hierarchy: LockHierarchy
  /// A consistent rank per class (outer = smaller), when one exists.
  public let ranks: [String: Int]?
  /// The smallest conflicting set (Z3's unsat core): edges and hierarchy rules.
  public let conflictEdges: [LockEdge]
  public let conflictRules: [(outer: String, inner: String)]
  /// Edges that form a cycle among the rules themselves (hierarchy aside):
  /// a potential ABBA deadlock. Empty when the edges alone are acyclic.
  public let cycle: [LockEdge]

  public var consistent: Bool { ranks != nil && graph.selfDeadlocks.isEmpty }
}

/// Asks Z3 for an integer rank per lock class such that every hierarchy rule
/// and every edge goes from a smaller rank to a larger one. `sat` means the
/// graph is acyclic and agrees with the documented order; `unsat` comes
/// with a core naming the edges (and rules) that cannot all hold.
public enum RankSolver {
  public static func check(_ graph: LockGraph, against hierarchy: LockHierarchy) throws(Z3Error) -> LockReport {
    let z = Z3Context()
    let solver = try Z3Solver(z)
    var rank: [String: Z3Term] = [:]
    for c in graph.classes { rank[c] = try z.intConst("rank(\(c))") }
    let rules = hierarchy.rules(for: graph.classes)
    for (i, r) in rules.enumerated() {
      try solver.assert(try rank[r.outer]!.lt(rank[r.inner]!), tracking: try z.boolConst("hierarchy_\(i)"))
    }
    for (i, e) in graph.edges.enumerated() {
      try solver.assert(try rank[e.from]!.lt(rank[e.to]!), tracking: try z.boolConst("edge_\(i)"))
    }
    switch try solver.check() {
    case .sat:
      let m = try solver.model()
      var ranks: [String: Int] = [:]
      for c in graph.classes { ranks[c] = try m.int(rank[c]!) }
      return LockReport(graph: graph, hierarchy: hierarchy, ranks: ranks, conflictEdges: [], conflictRules: [], cycle: [])
    case .unsat:
      let core = try solver.unsatCore()
      func indices(_ prefix: String) -> [Int] {
        core.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.sorted()
      }
      return LockReport(graph: graph, hierarchy: hierarchy, ranks: nil,
                        conflictEdges: indices("edge_").map { graph.edges[$0] },
                        conflictRules: indices("hierarchy_").map { rules[$0] },
                        cycle: try cycle(graph))
    case .unknown(let reason):
      throw Z3Error(code: -1, message: "lock ranks: unknown (\(reason))")
    }
  }

  /// The same question over the edges alone: unsat means the rules
  /// themselves close a cycle, and the core is that cycle.
  static func cycle(_ graph: LockGraph) throws(Z3Error) -> [LockEdge] {
    let z = Z3Context()
    let solver = try Z3Solver(z)
    var rank: [String: Z3Term] = [:]
    for c in graph.classes { rank[c] = try z.intConst("rank(\(c))") }
    for (i, e) in graph.edges.enumerated() {
      try solver.assert(try rank[e.from]!.lt(rank[e.to]!), tracking: try z.boolConst("edge_\(i)"))
    }
    guard try solver.check() == .unsat else { return [] }
    return try solver.unsatCore().compactMap { $0.hasPrefix("edge_") ? Int($0.dropFirst(5)) : nil }.sorted().map { graph.edges[$0] }
  }
}
