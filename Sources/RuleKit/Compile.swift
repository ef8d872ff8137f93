/// Raised when a rule writes a value outside a variable's domain, or two
/// assignments of one step hit the same cell: both are modelling bugs.
public struct ModelError: Error, CustomStringConvertible, Sendable {
  public let message: String
  public var description: String { message }
}

/// A model with every guard, update, assertion and property compiled into
/// one `ExprVM` program, and rules indexed by (actor, program counter) so
/// that successor generation only looks at the rules that can be enabled.
public final class CompiledModel: @unchecked Sendable {
  public let model: Model
  public let vm: ExprVM
  public let slotCount: Int
  /// `byActorPC[a][pc]` lists the rules of actor `a` at `pc`.
  public let byActorPC: [[[Int]]]
  public let pcSlots: [Int]
  public let donePCs: [Int]
  /// Per rule: the guard's entry point, without the program-counter test
  /// (the dispatch table does that).
  public let guards: [Int]
  /// Per rule: (property index, entry of the condition) checked when it fires.
  public let assertions: [[(Int, Int)]]
  public let invariants: [Int?]
  public let terminals: [Int?]
  /// Every top-level conjunct of every invariant, compiled on its own:
  /// its property index and entry point.
  public let conjunctProperty: [Int]
  public let conjunctEntry: [Int]
  /// For each state slot, the conjuncts that read it (CSR layout:
  /// `slotConjuncts[slotConjunctStart[i]..<slotConjunctStart[i+1]]`). A
  /// successor of a state that satisfies an invariant only needs the
  /// conjuncts reading a changed slot re-checked.
  public let slotConjunctStart: [Int32]
  public let slotConjuncts: [Int32]

  /// Per rule, per assignment: static slot (or -1), entry of the slot
  /// computation (dynamic case), entry of the value, domain maximum.
  /// Flattened (rule r's assignments are `assignStart[r]..<assignStart[r+1]`)
  /// into raw buffers, so that `apply` touches no array and no reference count.
  private let assignStart: UnsafeMutablePointer<Int32>
  private let assignStatic: UnsafeMutablePointer<Int32>
  private let assignSlot: UnsafeMutablePointer<Int32>
  private let assignValue: UnsafeMutablePointer<Int32>
  private let assignMax: UnsafeMutablePointer<Int32>
  /// Per rule: assignment pairs that may hit the same cell (flat, as above:
  /// `aliasStart[r]..<aliasStart[r+1]` indexes pairs of `aliasFirst`/`aliasSecond`).
  private let aliasStart: UnsafeMutablePointer<Int32>
  private let aliasFirst: UnsafeMutablePointer<Int32>
  private let aliasSecond: UnsafeMutablePointer<Int32>
  /// Per rule: the guard's entry point, or -1 when the guard is only the
  /// program-counter test (always true under the dispatch table).
  private let guardEntry: UnsafeMutablePointer<Int32>
  private let scratch: UnsafeMutablePointer<Int>

  public init(_ model: Model) {
    self.model = model
    let layout = model.layout
    let vm = ExprVM(layout: layout)
    self.vm = vm
    slotCount = layout.slotCount
    var table = model.actors.map { [[Int]](repeating: [], count: $0.pcLabels.count) }
    for (i, r) in model.rules.enumerated() { table[r.actor][r.pc].append(i) }
    byActorPC = table
    pcSlots = model.actors.map { layout[$0.pcVar].slot([]) }
    donePCs = model.actors.map { $0.donePC }
    guards = model.rules.map { r in
      let pcNode = ExprNode.read(model.actors[r.actor].pcVar, [])
      let isPC: (ExprNode) -> Bool = { if case .cmp(.eq, pcNode, .const) = $0 { return true } else { return false } }
      if case .and(let xs) = r.guardNode { return vm.compile(.mkAnd(xs.filter { !isPC($0) }), asBool: true) }
      if isPC(r.guardNode) { return vm.compile(.const(1), asBool: true) }
      return vm.compile(r.guardNode, asBool: true)
    }
    let propIndex = Dictionary(uniqueKeysWithValues: model.properties.enumerated().map { ($1.id, $0) })
    assertions = model.rules.map { r in
      r.assertions.map { a in
        guard let p = propIndex[a.property] else { preconditionFailure("rule \(r.name) asserts unknown property \(a.property)") }
        return (p, vm.compile(a.condition, asBool: true))
      }
    }
    invariants = model.properties.map { $0.invariant.map { vm.compile($0, asBool: true) } }
    terminals = model.properties.map { $0.atTermination.map { vm.compile($0, asBool: true) } }
    var cProp: [Int] = [], cEntry: [Int] = []
    var readers = [[Int32]](repeating: [], count: layout.slotCount)
    for (p, prop) in model.properties.enumerated() {
      guard let inv = prop.invariant else { continue }
      let parts: [ExprNode]
      if case .and(let xs) = inv { parts = xs } else { parts = [inv] }
      for part in parts {
        let c = Int32(cProp.count)
        cProp.append(p)
        cEntry.append(vm.compile(part, asBool: true))
        for slot in CompiledModel.slotsRead(part, layout) { readers[slot].append(c) }
      }
    }
    conjunctProperty = cProp
    conjunctEntry = cEntry
    var start: [Int32] = [0]
    var flat: [Int32] = []
    for r in readers { flat += r; start.append(Int32(flat.count)) }
    slotConjunctStart = start
    slotConjuncts = flat
    var aStatic: [[Int]] = [], aSlot: [[Int]] = [], aValue: [[Int]] = [], aMax: [[Int]] = [], aPairs: [[(Int, Int)]] = []
    var widest = 1
    for r in model.rules {
      var st: [Int] = [], sl: [Int] = [], va: [Int] = [], mx: [Int] = []
      for a in r.assigns {
        let decl = layout[a.target]
        let statics = a.indices.compactMap(\.constValue)
        if statics.count == a.indices.count {
          st.append(decl.slot(statics)); sl.append(-1)
        } else {
          // The flat slot as an expression; its range is checked per index below.
          var flat = ExprNode.const(decl.offset)
          var inRange: [ExprNode] = []
          for (d, i) in a.indices.enumerated() {
            var term = ExprNode.const(0)
            for _ in 0..<decl.strides[d] { term = .mkAdd(term, i) }
            flat = .mkAdd(flat, term)
            inRange.append(.mkAnd([.mkCmp(.ge, i, .const(0)), .mkCmp(.lt, i, .const(decl.dims[d]))]))
          }
          st.append(-1)
          sl.append(vm.compile(.mkIte(.mkAnd(inRange), flat, .const(-1))))
        }
        va.append(vm.compile(a.value))
        mx.append(decl.domain.maxValue)
      }
      var pairs: [(Int, Int)] = []
      for j in 0..<r.assigns.count {
        for k in (j + 1)..<max(j + 1, r.assigns.count) where r.assigns[j].target == r.assigns[k].target && (st[j] < 0 || st[k] < 0) {
          pairs.append((j, k))
        }
      }
      aStatic.append(st); aSlot.append(sl); aValue.append(va); aMax.append(mx); aPairs.append(pairs)
      widest = max(widest, r.assigns.count)
    }
    func flatten(_ xs: [[Int]]) -> UnsafeMutablePointer<Int32> {
      let all = xs.flatMap { $0 }
      let p = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, all.count))
      for (i, v) in all.enumerated() { p[i] = Int32(v) }
      return p
    }
    func starts(_ counts: [Int]) -> UnsafeMutablePointer<Int32> {
      let p = UnsafeMutablePointer<Int32>.allocate(capacity: counts.count + 1)
      var acc = 0
      p[0] = 0
      for (i, c) in counts.enumerated() { acc += c; p[i + 1] = Int32(acc) }
      return p
    }
    assignStart = starts(aStatic.map(\.count))
    assignStatic = flatten(aStatic); assignSlot = flatten(aSlot); assignValue = flatten(aValue); assignMax = flatten(aMax)
    aliasStart = starts(aPairs.map(\.count))
    aliasFirst = flatten(aPairs.map { $0.map(\.0) }); aliasSecond = flatten(aPairs.map { $0.map(\.1) })
    scratch = .allocate(capacity: 2 * widest)
    vm.finalize()
    guardEntry = .allocate(capacity: max(1, guards.count))
    for (r, e) in guards.enumerated() { guardEntry[r] = Int32(vm.isConstTrue(e) ? -1 : e) }
  }

  deinit {
    scratch.deallocate()
    for p in [assignStart, assignStatic, assignSlot, assignValue, assignMax, aliasStart, aliasFirst, aliasSecond, guardEntry] { p.deallocate() }
  }

  /// Whether rule `r`'s guard holds in `s` (the program counter is assumed at the rule's).
  @inline(__always)
  public func guardHolds(_ r: Int, _ s: UnsafePointer<UInt8>) -> Bool {
    let e = Int(guardEntry[r])
    return e < 0 || vm.eval(e, s) != 0
  }

  /// Evaluates a compiled boolean entry.
  @inline(__always)
  public func holds(_ entry: Int, _ s: UnsafePointer<UInt8>) -> Bool { vm.eval(entry, s) != 0 }

  /// Fires rule `r`: `dst` must hold a copy of `src`; every assignment is
  /// computed from `src` and written to `dst`. Returns false on a modelling
  /// error (a value outside its domain, an index out of range, two writes
  /// to one cell); `diagnoseApply` explains it.
  @inline(__always)
  public func apply(_ r: Int, _ src: UnsafePointer<UInt8>, _ dst: UnsafeMutablePointer<UInt8>) -> Bool {
    let lo = Int(assignStart[r]), n = Int(assignStart[r &+ 1]) &- lo
    let st = assignStatic + lo, sl = assignSlot + lo, va = assignValue + lo, mx = assignMax + lo
    let slots = scratch, values = scratch + n
    for k in 0..<n {
      let slot = st[k] >= 0 ? Int(st[k]) : vm.eval(Int(sl[k]), src)
      if slot < 0 { return false }
      let v = vm.eval(Int(va[k]), src)
      if v < 0 || v > Int(mx[k]) { return false }
      slots[k] = slot
      values[k] = v
    }
    for q in Int(aliasStart[r])..<Int(aliasStart[r &+ 1]) where slots[Int(aliasFirst[q])] == slots[Int(aliasSecond[q])] { return false }
    for k in 0..<n { dst[slots[k]] = UInt8(truncatingIfNeeded: values[k]) }
    return true
  }

  /// `apply` on arrays, for tests and one-off use: whether it succeeded and
  /// the successor.
  public func applied(_ r: Int, _ s: [UInt8]) -> (ok: Bool, state: [UInt8]) {
    var out = s
    let ok = s.withUnsafeBufferPointer { src in out.withUnsafeMutableBufferPointer { apply(r, src.baseAddress!, $0.baseAddress!) } }
    return (ok, out)
  }

  /// Every slot an expression may read (all cells of an array it indexes dynamically).
  static func slotsRead(_ n: ExprNode, _ layout: StateLayout) -> Set<Int> {
    var out = Set<Int>()
    func walk(_ n: ExprNode) {
      switch n {
      case .const: return
      case .read(let v, let idx):
        let decl = layout[v]
        let statics = idx.compactMap(\.constValue)
        if statics.count == idx.count { out.insert(decl.slot(statics)) } else { out.formUnion(decl.offset..<(decl.offset + decl.cellCount)) }
        idx.forEach(walk)
      case .not(let a): walk(a)
      case .and(let xs), .or(let xs): xs.forEach(walk)
      case .add(let a, let b), .sub(let a, let b), .cmp(_, let a, let b): walk(a); walk(b)
      case .ite(let c, let a, let b): walk(c); walk(a); walk(b)
      }
    }
    walk(n)
    return out
  }

  /// Every slot a rule may write.
  static func slotsWritten(_ r: Rule, _ layout: StateLayout) -> Set<Int> {
    var out = Set<Int>()
    for a in r.assigns {
      let decl = layout[a.target]
      let statics = a.indices.compactMap(\.constValue)
      if statics.count == a.indices.count { out.insert(decl.slot(statics)) } else { out.formUnion(decl.offset..<(decl.offset + decl.cellCount)) }
    }
    return out
  }

  /// The modelling error of an out-of-range read the VM noted (with
  /// `trapOnBadIndex` off) while evaluating `what` of `rule`, if any.
  public func badReadError(rule: Int, _ what: String) -> ModelError? {
    guard let b = vm.badRead else { return nil }
    let r = model.rules[rule]
    let name = model.layout.vars.first { $0.offset <= b.base && b.base < $0.offset + $0.cellCount }?.name ?? "slot \(b.base)"
    return ModelError(message: "rule \(r.name) (actor \(model.actors[r.actor].name)): its \(what) reads \(name) at index \(b.index), outside 0..<\(b.bound) (a value used as an index that the model lets go out of range: a modelling error, or a state the kernel would reach only through a use after free)")
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
