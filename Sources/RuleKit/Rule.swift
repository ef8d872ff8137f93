/// One simultaneous assignment: `target := value`, both evaluated in the
/// state before the step.
public struct Assign: Sendable, Hashable {
  public let target: VarID
  public let indices: [ExprNode]
  public let value: ExprNode
}

/// How a lock is held.
public enum LockMode: String, Sendable, Hashable, Codable {
  /// A mutex, spinlock or page lock bit.
  case exclusive
  /// The shared side of a rwsem.
  case read
  /// The exclusive side of a rwsem.
  case write
}

/// What a rule does with a lock.
public enum LockAction: String, Sendable, Hashable, Codable {
  /// Taken in this step and still held after it.
  case acquire
  /// Held before this step and dropped by it.
  case release
  /// Taken and dropped inside this one atomic step (a short critical
  /// section such as a PTL-protected PTE update).
  case within
}

/// A lock operation declared by a rule: which class, which instance, what.
/// The lock analysis reads these; the guards and updates that implement them
/// are generated from the same declaration, so the two cannot disagree.
public struct LockOp: Sendable, Hashable {
  public let lockClass: String
  public let instance: ExprNode
  public let mode: LockMode
  public let action: LockAction
  /// A trylock: it never waits, so (as in lockdep) it adds no dependency.
  public var isTry: Bool = false
  /// Annotated as nesting inside another lock of its own class
  /// (`SINGLE_DEPTH_NESTING`, `spin_lock_nested`).
  public var nested: Bool = false
}

/// A check evaluated in the state a rule fires from: the model's `BUG_ON`.
/// If `condition` is false when the rule fires, `property` is violated.
public struct Assertion: Sendable, Hashable {
  public let property: String
  public let condition: ExprNode
  public let message: String
}

/// A named, displayed argument of a rule instance (e.g. `page: 1`).
public struct RuleArg: Sendable, Hashable, Codable {
  public let name: String
  public let value: Int
  public init(_ name: String, _ value: Int) { self.name = name; self.value = value }
}

/// One atomic step of one actor.
///
/// A rule is enabled when its actor's program counter is at `pc` and `guard`
/// holds; firing it performs all `assigns` at once (the program-counter
/// update among them). `name` is the kernel-level event (`try_to_migrate_one`,
/// `folio_trylock`), `kernelFunction` where it lives in the kernel source.
public struct Rule: Sendable {
  public let name: String
  public let kernelFunction: String
  public let actor: Int
  public let pc: Int
  public let args: [RuleArg]
  /// The full enabling condition, program counter included.
  public let guardNode: ExprNode
  public let assigns: [Assign]
  public let locks: [LockOp]
  public let assertions: [Assertion]
  /// One line on what the step does, for `migspec list --rules` and docs.
  public let summary: String
}

/// What a property states and how engines check it.
public struct Property: Sendable {
  /// Stable snake_case name used in specs, JSON and traces.
  public let id: String
  public let title: String
  public let statement: String
  /// Must hold in every reachable state.
  public let invariant: ExprNode?
  /// Must hold in every reachable state in which every actor is done.
  public let atTermination: ExprNode?
  /// Violated by a reachable state where some actor is not done and no rule
  /// is enabled.
  public let checksDeadlock: Bool

  public init(id: String, title: String, statement: String, invariant: ExprNode? = nil,
              atTermination: ExprNode? = nil, checksDeadlock: Bool = false) {
    self.id = id; self.title = title; self.statement = statement
    self.invariant = invariant; self.atTermination = atTermination; self.checksDeadlock = checksDeadlock
  }
}

/// One actor: a sequential program with a program counter variable.
public struct ActorDecl: Sendable {
  /// Unique instance name, e.g. `migrate0`.
  public let name: String
  /// What it models, e.g. `migrate_pages (folio F0)`.
  public let title: String
  public let pcVar: VarID
  public let pcLabels: [String]
  /// The label meaning "finished".
  public let donePC: Int
  /// Locals of this actor, for display grouping.
  public let locals: [VarID]
}

/// Read access to one concrete state, for display code.
public struct StateView: Sendable {
  public let layout: StateLayout
  public let state: [UInt8]
  public init(layout: StateLayout, state: [UInt8]) { self.layout = layout; self.state = state }
  public func value<T>(_ v: StateVar<T>, _ indices: [Int]) -> Int { Int(state[layout[v.id].slot(indices)]) }
  public func value(_ v: VarID, _ indices: [Int]) -> Int { Int(state[layout[v].slot(indices)]) }
}

/// How the model wants one variable's cells shown in traces: a renderer that
/// may fold in other variables (hidden on their own), e.g. a PTE shown as
/// `present(F0, w)` from its kind, folio and write bit.
public struct CellDisplay: Sendable {
  public let render: @Sendable (StateView, [Int]) -> String
  public let folds: [VarID]
  public init(folds: [VarID] = [], render: @escaping @Sendable (StateView, [Int]) -> String) {
    self.folds = folds; self.render = render
  }
}

/// A lock class as the model declares it, for display and lock analysis.
public struct LockInfo: Sendable {
  public let name: String
  public let holder: VarID
  public let readers: VarID?
}

/// A complete transition system: layout, initial state, actors, rules, properties.
public struct Model: Sendable {
  public let name: String
  public let layout: StateLayout
  public let initial: [UInt8]
  public let actors: [ActorDecl]
  public let rules: [Rule]
  public let properties: [Property]
  public let locks: [LockInfo]
  public let displays: [VarID: CellDisplay]

  public func property(_ id: String) -> Property? { properties.first { $0.id == id } }

  /// The expression "every actor is done".
  public var allDone: ExprNode {
    .mkAnd(actors.map { .mkCmp(.eq, .read($0.pcVar, []), .const($0.donePC)) })
  }

  /// Finds the rule a trace step names, enabled in `state`.
  public func rule(actor: String, at pc: String?, name: String, args: [String: Int], enabledIn state: [UInt8]) -> Int? {
    guard let a = actors.firstIndex(where: { $0.name == actor }) else { return nil }
    for (i, r) in rules.enumerated() where r.actor == a && r.name == name {
      if let pc, actors[a].pcLabels[r.pc] != pc { continue }
      if Dictionary(uniqueKeysWithValues: r.args.map { ($0.name, $0.value) }) != args { continue }
      if guardHolds(i, state) { return i }
    }
    return nil
  }

  /// Reference evaluation of a rule's guard (tree walking).
  public func guardHolds(_ rule: Int, _ s: [UInt8]) -> Bool { rules[rule].guardNode.evaluate(layout, s) != 0 }

  /// Reference application of a rule (tree walking); used by replay and to
  /// cross-check the compiled closures.
  public func apply(_ rule: Int, _ s: [UInt8]) -> [UInt8] {
    var out = s
    for a in rules[rule].assigns {
      let idx = a.indices.map { $0.evaluate(layout, s) }
      out[layout[a.target].slot(idx)] = UInt8(truncatingIfNeeded: a.value.evaluate(layout, s))
    }
    return out
  }
}
