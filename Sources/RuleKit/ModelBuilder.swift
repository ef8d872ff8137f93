/// Builds a `Model`: declare variables, locks and actors, write each actor's
/// steps, state the properties, then `build()`.
///
/// ```swift
/// let b = ModelBuilder(name: "tiny")
/// let x = b.int("x", max: 3)
/// let a = b.actor("inc", title: "incrementer", pcs: IncPC.self)
/// a.step("add_one", at: .start, kernel: "n/a") { r in
///   r.require(x.value < 3)
///   r.update(x.value) { $0 + 1 }
///   r.goto(.done)
/// }
/// ```
public final class ModelBuilder {
  public let name: String
  var layout = StateLayout()
  var initialValues: [VarID: [([Int], Int)]] = [:]
  var actors: [ActorDecl] = []
  var rules: [Rule] = []
  var properties: [Property] = []
  /// Lock holder variables whose domain depends on the final actor count.
  var holderVars: [VarID] = []
  var readerVars: [VarID] = []
  var locks: [LockInfo] = []
  var displays: [VarID: CellDisplay] = [:]

  public init(name: String) { self.name = name }

  // MARK: Variables

  /// Declares a variable; `indexNames` label each dimension's indices for display.
  public func variable<T>(_ name: String, _ domain: Domain, dims: [Int] = [], indexNames: [[String]] = [], as: T.Type = T.self) -> StateVar<T> {
    let id = layout.declare(name, domain, dims: dims, indexNames: indexNames)
    return StateVar(id: id, dims: dims)
  }

  public func bool(_ name: String, dims: [Int] = [], indexNames: [[String]] = []) -> StateVar<Bool> {
    variable(name, .bool, dims: dims, indexNames: indexNames)
  }

  public func int(_ name: String, max: Int, dims: [Int] = [], indexNames: [[String]] = []) -> StateVar<Int> {
    variable(name, .int(max: max), dims: dims, indexNames: indexNames)
  }

  public func enumeration<E: ModelEnum>(_ name: String, _ type: E.Type, dims: [Int] = [], indexNames: [[String]] = []) -> StateVar<E> {
    variable(name, E.domain, dims: dims, indexNames: indexNames)
  }

  /// Sets the initial value of one cell (all cells start at 0).
  public func initially<T>(_ cell: Expr<T>, _ value: Int) {
    guard case .read(let v, let idx) = cell.node else { preconditionFailure("initially: not a variable cell") }
    let statics = idx.map { i -> Int in
      guard let c = i.constValue else { preconditionFailure("initially: index must be static") }
      return c
    }
    initialValues[v, default: []].append((statics, value))
  }
  public func initially(_ cell: Expr<Bool>, _ value: Bool) { initially(cell, value ? 1 : 0) }
  public func initially<E: ModelEnum>(_ cell: Expr<E>, _ value: E) { initially(cell, value.rawValue) }

  // MARK: Locks

  /// A sleeping or spinning mutual-exclusion lock class with `count` instances.
  public func mutex(_ lockdepName: String, count: Int, indexNames: [String] = []) -> LockClass {
    let h: StateVar<Int> = int("\(lockdepName)", max: 1, dims: [count], indexNames: [indexNames])
    holderVars.append(h.id)
    locks.append(LockInfo(name: lockdepName, holder: h.id, readers: nil))
    return LockClass(name: lockdepName, kind: .mutex, holder: h, readers: nil)
  }

  /// A reader/writer semaphore class with `count` instances.
  public func rwsem(_ lockdepName: String, count: Int, indexNames: [String] = []) -> LockClass {
    let h: StateVar<Int> = int("\(lockdepName).writer", max: 1, dims: [count], indexNames: [indexNames])
    let r: StateVar<Int> = int("\(lockdepName).readers", max: 1, dims: [count], indexNames: [indexNames])
    holderVars.append(h.id)
    readerVars.append(r.id)
    locks.append(LockInfo(name: lockdepName, holder: h.id, readers: r.id))
    return LockClass(name: lockdepName, kind: .rwsem, holder: h, readers: r)
  }

  // MARK: Actors

  /// Declares an actor whose program counter ranges over `PC`'s cases; the
  /// last case is "done".
  public func actor<PC: ModelEnum>(_ name: String, title: String, pcs: PC.Type) -> ActorBuilder<PC> {
    let index = actors.count
    let pcVar = enumeration("\(name).pc", PC.self)
    let labels = PC.allCases.map { "\($0)" }
    actors.append(ActorDecl(name: name, title: title, pcVar: pcVar.id, pcLabels: labels, donePC: labels.count - 1, locals: [pcVar.id]))
    return ActorBuilder(builder: self, index: index, name: name, pcVar: pcVar)
  }

  func addLocal(_ actor: Int, _ v: VarID) {
    let a = actors[actor]
    actors[actor] = ActorDecl(name: a.name, title: a.title, pcVar: a.pcVar, pcLabels: a.pcLabels, donePC: a.donePC, locals: a.locals + [v])
  }

  /// Shows `v`'s cells with `display` in traces.
  public func display<T>(_ v: StateVar<T>, _ display: CellDisplay) { displays[v.id] = display }

  // MARK: Properties

  public func property(_ p: Property) {
    precondition(!properties.contains { $0.id == p.id }, "property \(p.id) declared twice")
    properties.append(p)
  }

  // MARK: Build

  /// Finishes the model. Lock holder domains are sized to the actor count.
  public func build() -> Model {
    var finalLayout = StateLayout()
    for (i, v) in layout.vars.enumerated() {
      var domain = v.domain
      if holderVars.contains(VarID(i)) || readerVars.contains(VarID(i)) { domain = .int(max: max(1, actors.count)) }
      _ = finalLayout.declare(v.name, domain, dims: v.dims, indexNames: v.indexNames)
    }
    var initial = [UInt8](repeating: 0, count: finalLayout.slotCount)
    for (v, cells) in initialValues {
      let decl = finalLayout[v]
      for (idx, value) in cells {
        precondition(value >= 0 && value <= decl.domain.maxValue, "initial \(decl.cellName(idx)) = \(value) outside its domain")
        initial[decl.slot(idx)] = UInt8(value)
      }
    }
    var seen = Set<String>()
    for r in rules {
      let key = "\(r.actor)|\(r.pc)|\(r.name)|\(r.args.map { "\($0.name)=\($0.value)" })"
      precondition(seen.insert(key).inserted, "rule \(r.name) of actor \(actors[r.actor].name) at \(actors[r.actor].pcLabels[r.pc]) declared twice with the same arguments")
    }
    return Model(name: name, layout: finalLayout, initial: initial, actors: actors, rules: rules, properties: properties,
                 locks: locks, displays: displays)
  }
}

/// Writes the steps of one actor.
public final class ActorBuilder<PC: ModelEnum> {
  unowned let builder: ModelBuilder
  public let index: Int
  public let name: String
  public let pcVar: StateVar<PC>

  init(builder: ModelBuilder, index: Int, name: String, pcVar: StateVar<PC>) {
    self.builder = builder; self.index = index; self.name = name; self.pcVar = pcVar
  }

  /// The program counter.
  public var pc: Expr<PC> { pcVar.value }
  /// This actor's lock-holder id.
  public var me: Expr<Int> { Expr(index + 1) }
  /// True when the actor has finished.
  public var isDone: Expr<Bool> { pc == PC.allCases[PC.allCases.index(PC.allCases.endIndex, offsetBy: -1)] }

  /// Declares a local variable of this actor (`name` is prefixed with the actor's).
  public func local<T>(_ name: String, _ domain: Domain, dims: [Int] = [], indexNames: [[String]] = [], as: T.Type = T.self) -> StateVar<T> {
    let v: StateVar<T> = builder.variable("\(self.name).\(name)", domain, dims: dims, indexNames: indexNames)
    builder.addLocal(index, v.id)
    return v
  }

  /// Writes one atomic step, enabled when the program counter is at `at`.
  ///
  /// - Parameters:
  ///   - name: the kernel-level event name shown in traces.
  ///   - kernel: the kernel function it models, `file: function()`.
  public func step(_ name: String, at: PC, kernel: String, args: [RuleArg] = [], summary: String = "",
                   _ body: (inout Step<PC>) -> Void) {
    var s = Step<PC>(actor: index)
    s.guards.append(ExprNode.mkCmp(.eq, pc.node, .const(at.rawValue)))
    body(&s)
    var assigns = s.assigns
    if let next = s.next {
      assigns.removeAll { $0.target == pcVar.id }
      assigns.append(Assign(target: pcVar.id, indices: [], value: next))
    }
    builder.rules.append(Rule(
      name: name, kernelFunction: kernel, actor: index, pc: at.rawValue, args: args,
      guardNode: .mkAnd(s.guards), assigns: assigns, locks: s.locks, assertions: s.assertions, summary: summary))
  }
}

/// The body of one rule being written: guard conjuncts, simultaneous
/// assignments, lock operations and assertions.
public struct Step<PC: ModelEnum> {
  let actor: Int
  var guards: [ExprNode] = []
  var assigns: [Assign] = []
  var locks: [LockOp] = []
  var assertions: [Assertion] = []
  var next: ExprNode?

  init(actor: Int) { self.actor = actor }

  /// This actor's lock-holder id.
  public var me: Expr<Int> { Expr(actor + 1) }

  /// Adds a conjunct to the guard.
  public mutating func require(_ c: Expr<Bool>) { guards.append(c.node) }

  /// Moves the program counter.
  public mutating func goto(_ pc: PC) { next = .const(pc.rawValue) }

  /// Moves the program counter to a label chosen by the state (a branch
  /// whose arms only differ in where the actor goes next).
  public mutating func goto(_ pc: Expr<PC>) { next = pc.node }

  /// The value `cell` will have after this step, given the assignments so
  /// far (its current value if none). Lets a step compose several updates of
  /// one cell, as sequential kernel code would.
  public func current<T>(_ cell: Expr<T>) -> Expr<T> {
    guard case .read(let v, let idx) = cell.node else { preconditionFailure("not a variable cell") }
    if let a = assigns.last(where: { $0.target == v && $0.indices == idx }) { return Expr(node: a.value) }
    return cell
  }

  /// `cell := value`, evaluated in the state before the step. A later `set`
  /// of the same cell in the same step replaces the earlier one.
  public mutating func set<T>(_ cell: Expr<T>, _ value: Expr<T>) {
    guard case .read(let v, let idx) = cell.node else { preconditionFailure("set: not a variable cell") }
    assigns.removeAll { $0.target == v && $0.indices == idx }
    assigns.append(Assign(target: v, indices: idx, value: value.node))
  }
  public mutating func set(_ cell: Expr<Int>, _ value: Int) { set(cell, Expr(value)) }
  public mutating func set(_ cell: Expr<Bool>, _ value: Bool) { set(cell, Expr(value)) }
  public mutating func set<E: ModelEnum>(_ cell: Expr<E>, _ value: E) { set(cell, Expr(value)) }

  /// `cell := f(cell)`, composed with earlier assignments of the cell.
  public mutating func update<T>(_ cell: Expr<T>, _ f: (Expr<T>) -> Expr<T>) { set(cell, f(current(cell))) }

  /// `if c { cell := value }`.
  public mutating func when<T>(_ c: Expr<Bool>, _ cell: Expr<T>, _ value: Expr<T>) { set(cell, ite(c, value, current(cell))) }
  public mutating func when(_ c: Expr<Bool>, _ cell: Expr<Int>, _ value: Int) { when(c, cell, Expr(value)) }
  public mutating func when(_ c: Expr<Bool>, _ cell: Expr<Bool>, _ value: Bool) { when(c, cell, Expr(value)) }
  public mutating func when<E: ModelEnum>(_ c: Expr<Bool>, _ cell: Expr<E>, _ value: E) { when(c, cell, Expr(value)) }

  /// Asserts `c` in the state the step fires from: a `BUG_ON(!c)`.
  public mutating func check(_ property: String, _ c: Expr<Bool>, _ message: String) {
    assertions.append(Assertion(property: property, condition: c.node, message: message))
  }

  // MARK: Locks

  /// Takes `lock` and keeps it after this step; the step waits until it can.
  /// `try` marks a trylock's success branch; `nested` a same-class nesting
  /// the kernel annotates.
  public mutating func acquire(_ lock: LockRef, _ mode: LockMode = .exclusive, try isTry: Bool = false, nested: Bool = false) {
    requireAvailable(lock, mode)
    switch mode {
    case .exclusive, .write: set(lock.holder, me)
    case .read: update(lock.readers) { $0 + 1 }
    }
    locks.append(LockOp(lockClass: lock.lockClass.name, instance: lock.instance, mode: mode, action: .acquire, isTry: isTry, nested: nested))
  }

  /// Drops `lock`, taken by an earlier step of this actor.
  public mutating func release(_ lock: LockRef, _ mode: LockMode = .exclusive) {
    switch mode {
    case .exclusive, .write: set(lock.holder, 0)
    case .read: update(lock.readers) { $0 - 1 }
    }
    locks.append(LockOp(lockClass: lock.lockClass.name, instance: lock.instance, mode: mode, action: .release))
  }

  /// Takes and drops `lock` inside this atomic step: the step is one critical
  /// section, so it needs the lock to be available and leaves it as it was.
  public mutating func within(_ lock: LockRef, _ mode: LockMode = .exclusive, nested: Bool = false) {
    requireAvailable(lock, mode)
    locks.append(LockOp(lockClass: lock.lockClass.name, instance: lock.instance, mode: mode, action: .within, nested: nested))
  }

  mutating func requireAvailable(_ lock: LockRef, _ mode: LockMode) {
    switch mode {
    case .exclusive, .write: require(lock.isFree)
    case .read: require(lock.holder == 0)
    }
  }
}
