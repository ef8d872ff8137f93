/// A compiled integer expression over a state vector.
public typealias IntFn = (UnsafePointer<UInt8>) -> Int
/// A compiled boolean expression over a state vector.
public typealias BoolFn = (UnsafePointer<UInt8>) -> Bool

/// Compiles expression trees once into closures over the raw state bytes,
/// so that evaluating a guard on a state never re-walks the tree. Common
/// shapes (a cell compared with a constant, short conjunctions) get
/// specialised closures.
public struct ExprCompiler: Sendable {
  public let layout: StateLayout
  public init(layout: StateLayout) { self.layout = layout }

  /// A cell read with a static slot, if the node is one.
  func staticSlot(_ n: ExprNode) -> Int? {
    guard case .read(let v, let idx) = n else { return nil }
    var statics: [Int] = []
    for i in idx {
      guard let c = i.constValue else { return nil }
      statics.append(c)
    }
    return layout[v].slot(statics)
  }

  public func int(_ n: ExprNode) -> IntFn {
    switch n {
    case .const(let v): return { _ in v }
    case .read(let v, let idx):
      if let slot = staticSlot(n) { return { s in Int(s[slot]) } }
      let decl = layout[v]
      let strides = decl.strides
      let dims = decl.dims
      let base = decl.offset
      let name = decl.name
      if idx.count == 1 {
        let i0 = int(idx[0])
        let n0 = dims[0]
        return { s in
          let i = i0(s)
          precondition(i >= 0 && i < n0, "index \(i) out of range for \(name)")
          return Int(s[base + i])
        }
      }
      let fns = idx.map { int($0) }
      return { s in
        var slot = base
        for d in 0..<fns.count {
          let i = fns[d](s)
          precondition(i >= 0 && i < dims[d], "index \(i) out of range for \(name)")
          slot += i * strides[d]
        }
        return Int(s[slot])
      }
    case .add(let a, let b):
      let fa = int(a)
      if let c = b.constValue { return { s in fa(s) + c } }
      let fb = int(b)
      return { s in fa(s) + fb(s) }
    case .sub(let a, let b):
      let fa = int(a)
      if let c = b.constValue { return { s in fa(s) - c } }
      let fb = int(b)
      return { s in fa(s) - fb(s) }
    case .ite(let c, let a, let b):
      let fc = bool(c), fa = int(a), fb = int(b)
      return { s in fc(s) ? fa(s) : fb(s) }
    case .not, .and, .or, .cmp:
      let f = bool(n)
      return { s in f(s) ? 1 : 0 }
    }
  }

  public func bool(_ n: ExprNode) -> BoolFn {
    switch n {
    case .const(let v): let b = v != 0; return { _ in b }
    case .not(let a): let f = bool(a); return { s in !f(s) }
    case .and(let xs):
      let fs = xs.map { bool($0) }
      switch fs.count {
      case 2: let a = fs[0], b = fs[1]; return { s in a(s) && b(s) }
      case 3: let a = fs[0], b = fs[1], c = fs[2]; return { s in a(s) && b(s) && c(s) }
      default:
        return { s in
          for f in fs where !f(s) { return false }
          return true
        }
      }
    case .or(let xs):
      let fs = xs.map { bool($0) }
      if fs.count == 2 { let a = fs[0], b = fs[1]; return { s in a(s) || b(s) } }
      return { s in
        for f in fs where f(s) { return true }
        return false
      }
    case .cmp(let op, let a, let b):
      // Specialise "cell OP constant", the commonest guard shape.
      if let slot = staticSlot(a), let c = b.constValue {
        switch op {
        case .eq: return { s in Int(s[slot]) == c }
        case .ne: return { s in Int(s[slot]) != c }
        case .lt: return { s in Int(s[slot]) < c }
        case .le: return { s in Int(s[slot]) <= c }
        case .gt: return { s in Int(s[slot]) > c }
        case .ge: return { s in Int(s[slot]) >= c }
        }
      }
      let fa = int(a), fb = int(b)
      switch op {
      case .eq: return { s in fa(s) == fb(s) }
      case .ne: return { s in fa(s) != fb(s) }
      case .lt: return { s in fa(s) < fb(s) }
      case .le: return { s in fa(s) <= fb(s) }
      case .gt: return { s in fa(s) > fb(s) }
      case .ge: return { s in fa(s) >= fb(s) }
      }
    case .read:
      if let slot = staticSlot(n) { return { s in s[slot] != 0 } }
      let f = int(n)
      return { s in f(s) != 0 }
    case .ite(let c, let a, let b):
      let fc = bool(c), fa = bool(a), fb = bool(b)
      return { s in fc(s) ? fa(s) : fb(s) }
    case .add, .sub:
      let f = int(n)
      return { s in f(s) != 0 }
    }
  }
}

/// Raised when a rule writes a value outside a variable's domain, or two
/// assignments of one step hit the same cell: both are modelling bugs.
public struct ModelError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public var description: String { message }
}

/// A model with every guard, update, assertion and property compiled, and
/// rules indexed by (actor, program counter) so that successor generation
/// only looks at the rules that can be enabled.
public final class CompiledModel: @unchecked Sendable {
  public let model: Model
  public let slotCount: Int
  /// `byActorPC[a][pc]` lists the rules of actor `a` at `pc`.
  public let byActorPC: [[[Int]]]
  public let pcSlots: [Int]
  public let donePCs: [Int]
  public let guards: [BoolFn]
  public let applies: [(UnsafePointer<UInt8>, UnsafeMutablePointer<UInt8>) -> Bool]
  /// Per rule: (property index, condition) pairs checked when it fires.
  public let assertions: [[(Int, BoolFn)]]
  public let invariants: [BoolFn?]
  public let terminals: [BoolFn?]

  public init(_ model: Model) {
    self.model = model
    let c = ExprCompiler(layout: model.layout)
    let layout = model.layout
    slotCount = layout.slotCount
    var table = model.actors.map { [[Int]](repeating: [], count: $0.pcLabels.count) }
    for (i, r) in model.rules.enumerated() { table[r.actor][r.pc].append(i) }
    byActorPC = table
    pcSlots = model.actors.map { layout[$0.pcVar].slot([]) }
    donePCs = model.actors.map { $0.donePC }
    // The dispatch table already checks the program counter; drop that
    // conjunct from the compiled guard.
    guards = model.rules.map { r in
      let pcNode = ExprNode.read(model.actors[r.actor].pcVar, [])
      if case .and(let xs) = r.guardNode {
        return c.bool(.mkAnd(xs.filter { if case .cmp(.eq, pcNode, .const) = $0 { return false } else { return true } }))
      }
      if case .cmp(.eq, pcNode, .const) = r.guardNode { return { _ in true } }
      return c.bool(r.guardNode)
    }
    let propIndex = Dictionary(uniqueKeysWithValues: model.properties.enumerated().map { ($1.id, $0) })
    assertions = model.rules.map { r in
      r.assertions.map { a in
        guard let p = propIndex[a.property] else { preconditionFailure("rule \(r.name) asserts unknown property \(a.property)") }
        return (p, c.bool(a.condition))
      }
    }
    invariants = model.properties.map { $0.invariant.map { c.bool($0) } }
    terminals = model.properties.map { $0.atTermination.map { c.bool($0) } }
    applies = model.rules.map { CompiledModel.compileApply($0, layout, c) }
  }

  /// Compiles a rule's simultaneous assignment into "copy, then write each
  /// target computed from the old state". Returns false if a value falls
  /// outside its domain or two writes of one step alias.
  static func compileApply(_ r: Rule, _ layout: StateLayout, _ c: ExprCompiler)
    -> (UnsafePointer<UInt8>, UnsafeMutablePointer<UInt8>) -> Bool
  {
    struct Target { let slot: IntFn; let value: IntFn; let max: Int; let staticSlot: Int? }
    let targets: [Target] = r.assigns.map { a in
      let decl = layout[a.target]
      let node = ExprNode.read(a.target, a.indices)
      let st = c.staticSlot(node)
      let slotFn: IntFn
      if let st { slotFn = { _ in st } } else {
        let strides = decl.strides, base = decl.offset, dims = decl.dims
        let fns = a.indices.map { c.int($0) }
        slotFn = { s in
          var slot = base
          for d in 0..<fns.count {
            let i = fns[d](s)
            if i < 0 || i >= dims[d] { return -1 }
            slot += i * strides[d]
          }
          return slot
        }
      }
      return Target(slot: slotFn, value: c.int(a.value), max: decl.domain.maxValue, staticSlot: st)
    }
    let allStatic = targets.allSatisfy { $0.staticSlot != nil }
    if allStatic {
      let pairs = targets.map { ($0.staticSlot!, $0.value, $0.max) }
      return { src, dst in
        for (slot, value, max) in pairs {
          let v = value(src)
          if v < 0 || v > max { return false }
          dst[slot] = UInt8(truncatingIfNeeded: v)
        }
        return true
      }
    }
    let n = targets.count
    return { src, dst in
      var written = [Int](repeating: -1, count: n)
      for k in 0..<n {
        let t = targets[k]
        let slot = t.slot(src)
        if slot < 0 { return false }
        for j in 0..<k where written[j] == slot { return false }
        written[k] = slot
        let v = t.value(src)
        if v < 0 || v > t.max { return false }
        dst[slot] = UInt8(truncatingIfNeeded: v)
      }
      return true
    }
  }

  /// Explains why `apply` failed for `rule` on `state`.
  public func diagnoseApply(_ rule: Int, _ state: [UInt8]) -> ModelError {
    let r = model.rules[rule]
    let layout = model.layout
    var seen: [Int: Int] = [:]
    for (k, a) in r.assigns.enumerated() {
      let idx = a.indices.map { $0.evaluate(layout, state) }
      let decl = layout[a.target]
      if zip(idx, decl.dims).contains(where: { $0 < 0 || $0 >= $1 }) {
        return ModelError(message: "rule \(r.name) (actor \(model.actors[r.actor].name)): index \(idx) out of range for \(decl.name)")
      }
      let slot = decl.slot(idx)
      if let j = seen[slot] {
        return ModelError(message: "rule \(r.name) (actor \(model.actors[r.actor].name)): assignments \(j) and \(k) both write \(decl.cellName(idx))")
      }
      seen[slot] = k
      let v = a.value.evaluate(layout, state)
      if v < 0 || v > decl.domain.maxValue {
        return ModelError(message: "rule \(r.name) (actor \(model.actors[r.actor].name)) writes \(v) to \(decl.cellName(idx)), outside 0...\(decl.domain.maxValue)")
      }
    }
    return ModelError(message: "rule \(r.name): apply failed")
  }
}
