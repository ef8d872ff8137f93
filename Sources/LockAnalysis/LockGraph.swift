import RuleKit

/// One lock dependency, as lockdep records it: `to` was acquired (blocking)
/// while the actor held `from`. Classes, not instances.
public struct LockEdge: Sendable, Hashable {
  public let from: String
  public let to: String
  /// The rule that creates it (first found), its actor and kernel function.
  public let rule: String
  public let actor: String
  public let kernelFunction: String
}

/// The lock graph of a model, built from the locks each rule declares.
///
/// Which locks an actor holds when a rule fires is computed by a dataflow
/// pass over the actor's program: from its first label with nothing held,
/// each rule adds what it acquires and drops what it releases, and the
/// held sets flow to every label the rule can go to. A blocking acquisition
/// (or a lock taken inside one step) adds an edge from every held class;
/// trylocks add none; a same-class edge is dropped only where the rule
/// declares the nesting (`SINGLE_DEPTH_NESTING`), as lockdep does.
public struct LockGraph: Sendable {
  public let classes: [String]
  public let edges: [LockEdge]
  /// Same-class acquisitions without a nesting annotation: a lock taken
  /// twice by one task, which deadlocks on a non-recursive lock.
  public let selfDeadlocks: [LockEdge]

  public init(model: Model) {
    var classes: [String] = model.locks.map(\.name)
    var edges: [LockEdge] = []
    var selfs: [LockEdge] = []
    var seen = Set<String>()
    for (a, actor) in model.actors.enumerated() {
      let rules = model.rules.indices.filter { model.rules[$0].actor == a }
      var held = [Set<String>](repeating: [], count: actor.pcLabels.count)
      var visited = [Bool](repeating: false, count: actor.pcLabels.count)
      visited[0] = true
      var work = [0]
      while let pc = work.popLast() {
        for r in rules where model.rules[r].pc == pc {
          let rule = model.rules[r]
          var h = held[pc]
          var inStep: [String] = []
          for op in rule.locks {
            if !classes.contains(op.lockClass) { classes.append(op.lockClass) }
            switch op.action {
            case .acquire, .within:
              if !op.isTry {
                for from in h.union(inStep) {
                  let e = LockEdge(from: from, to: op.lockClass, rule: rule.name, actor: actor.name, kernelFunction: rule.kernelFunction)
                  if from == op.lockClass {
                    if !op.nested && seen.insert("self|\(from)|\(rule.name)").inserted { selfs.append(e) }
                    continue
                  }
                  if seen.insert("\(from)|\(op.lockClass)").inserted { edges.append(e) }
                }
              }
              if op.action == .acquire { h.insert(op.lockClass) } else { inStep.append(op.lockClass) }
            case .release:
              h.remove(op.lockClass)
            }
          }
          for next in LockGraph.targets(rule, actor) where !h.isSubset(of: held[next]) || !visited[next] {
            held[next].formUnion(h)
            visited[next] = true
            work.append(next)
          }
        }
      }
    }
    self.classes = classes
    self.edges = edges
    self.selfDeadlocks = selfs
  }

  /// The labels a rule can move its actor to (constants of its pc assignment).
  static func targets(_ rule: Rule, _ actor: ActorDecl) -> [Int] {
    guard let a = rule.assigns.first(where: { $0.target == actor.pcVar }) else { return [rule.pc] }
    var out: [Int] = []
    func collect(_ n: ExprNode) {
      switch n {
      case .const(let v): out.append(v)
      case .ite(_, let x, let y): collect(x); collect(y)
      default: out.append(contentsOf: 0..<actor.pcLabels.count)  // unknown: any label
      }
    }
    collect(a.value)
    return out
  }
}
